// oidc-provider ships no types; this declares the little the reference server uses.
declare module 'oidc-provider' {
	import type { IncomingMessage, ServerResponse } from 'node:http';

	export interface ClientAdapter {
		upsert(id: string, payload: Record<string, unknown>, expiresIn?: number): Promise<void>;
	}

	export default class Provider {
		constructor(issuer: string, configuration: Record<string, unknown>);
		callback(): (req: IncomingMessage, res: ServerResponse) => void;
		on(event: string, listener: (...args: unknown[]) => void): this;
		readonly issuer: string;
		readonly Client: { readonly adapter: ClientAdapter };
	}
}
