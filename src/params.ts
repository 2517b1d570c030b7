// Route parameter matchers. `tool`: what a kind of workshop tool's address segment looks like ("decks"). Only
// its shape: which kinds exist is the registry's answer on the server (an unknown kind is "not found"), so that
// no page downloads the registry and its schemas just to match an address.
import { defineParams } from '@sveltejs/kit/params';

export const params = defineParams({
	tool: (segment: string) => (/^[a-z][a-z-]{0,30}$/.test(segment) ? segment : undefined)
});
