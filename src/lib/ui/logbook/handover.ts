// What she wrote for a reflection on her live-workshop page, handed to her logbook in another tab of the same
// browser: a message between the two pages' memories (BroadcastChannel), never stored, never sent to the server.
// The logbook asks once its page for that prompt is open (and so unlocked); the live page answers. The same
// channel carries "lock": a quick exit or a sign-out in one tab locks the logbook open in another.
const CHANNEL = 'partir-de-nous-logbook';

type Message =
	{ type: 'ready'; ref: string } | { type: 'text'; ref: string; text: string } | { type: 'lock' };

/** On the live page: answers the logbook's request for what she wrote for `ref`. Returns a closer. */
export function offerReflection(textFor: (ref: string) => string | null): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => undefined;
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<Message>) => {
		if (event.data?.type !== 'ready') return;
		const text = textFor(event.data.ref);
		if (text) channel.postMessage({ type: 'text', ref: event.data.ref, text } satisfies Message);
	};
	return () => channel.close();
}

/** In the logbook: asks for what she wrote for `ref` on her live page, and hands it over once. */
export function receiveReflection(ref: string, receive: (text: string) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => undefined;
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<Message>) => {
		if (event.data?.type !== 'text' || event.data.ref !== ref) return;
		receive(event.data.text);
		channel.close();
	};
	channel.postMessage({ type: 'ready', ref } satisfies Message);
	// Nobody answers if her live page is closed: stop listening after a moment.
	const timer = setTimeout(() => channel.close(), 5000);
	return () => {
		clearTimeout(timer);
		channel.close();
	};
}

/** Quick exit or sign-out in any tab: every open logbook of this browser locks at once. */
export function lockEveryLogbook(): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage({ type: 'lock' } satisfies Message);
	channel.close();
}

/** In the logbook: `lock` runs when another tab leaves quickly or signs out. Returns a closer. */
export function onLockEverywhere(lock: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => undefined;
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<Message>) => {
		if (event.data?.type === 'lock') lock();
	};
	return () => channel.close();
}
