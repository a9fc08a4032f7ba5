/**
 * Site links in the guides under the sub-path the site is served from (SITE_BASE). Authors write links to other
 * pages as `/vkp/sjekkliste/`; this Markdown (mdast) plugin puts Astro's `base` in front of every site path in
 * Markdown links, link definitions and the `href` of MDX elements (`<LinkCard href="/vkp/" />`, `<a>`), through
 * the same `sitePath` the islands use. It runs in the mdast phase, before any HTML-tree (hast) plugin, so
 * starlight-links-validator checks the links as they are really written into the pages.
 */
import { defineMdastPlugin, type MdxJsxFlowElement } from 'satteri';
import { sitePath } from '../../lib/shared/site-path';

export function sitePathLinks(base: string) {
	return defineMdastPlugin({
		name: 'veiviser-site-path-links',
		link(node, ctx) {
			const url = sitePath(base, node.url);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
		definition(node, ctx) {
			const url = sitePath(base, node.url);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
		// satteri cannot set `attributes` in place: the element is replaced by a copy with the new href.
		mdxJsxFlowElement(node, ctx) {
			const attributes = withBasedHref(base, node.attributes);
			if (attributes) ctx.replaceNode(node, { ...node, attributes, children: [...node.children] });
		},
		mdxJsxTextElement(node, ctx) {
			const attributes = withBasedHref(base, node.attributes);
			if (attributes) ctx.replaceNode(node, { ...node, attributes, children: [...node.children] });
		},
	});
}

type Attributes = MdxJsxFlowElement['attributes'];

/** The element's attributes with its `href` under the base, or undefined when nothing changes. */
function withBasedHref(base: string, attributes: Attributes): Attributes | undefined {
	let changed = false;
	const result = attributes.map((attribute) => {
		if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') {
			return attribute;
		}
		const value = sitePath(base, attribute.value);
		if (value === attribute.value) return attribute;
		changed = true;
		return { ...attribute, value };
	});
	return changed ? result : undefined;
}
