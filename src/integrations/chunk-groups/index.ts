// An Astro integration that puts a few of our modules into shared chunks of our choosing in the browser build
// (groups.ts says which and why). Set per environment, for the client build only: the server build keeps
// Rolldown's own chunks.
import type { AstroIntegration } from 'astro';
import { CHUNK_GROUPS } from './groups';

export default function chunkGroups(): AstroIntegration {
	return {
		name: 'veiviser-chunk-groups',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'veiviser-chunk-groups',
								configEnvironment: (name) =>
									name === 'client'
										? {
												build: {
													rolldownOptions: {
														// Grouping only the listed modules needs entry chunks that may gain exports; no one
														// imports an island's entry, so that changes nothing.
														preserveEntrySignatures: 'allow-extension',
														output: {
															codeSplitting: {
																groups: CHUNK_GROUPS.map(({ name, test }) => ({
																	name,
																	test,
																	includeDependenciesRecursively: false,
																})),
															},
														},
													},
												},
											}
										: undefined,
							},
						],
					},
				});
			},
		},
	};
}
