// Listens to a live session's stream (server-sent events). The browser reconnects by itself (sending the last
// event id); the server answers with the view as it is now, so a page never shows a stale state.
export class LiveStream {
	connected = $state(true);
	#source: EventSource | undefined;

	constructor(url: string, handlers: Record<string, (data: unknown) => void>) {
		if (typeof EventSource === 'undefined') return;
		const source = new EventSource(url);
		this.#source = source;
		source.onopen = () => (this.connected = true);
		source.onerror = () => (this.connected = source.readyState === EventSource.OPEN);
		for (const [event, handle] of Object.entries(handlers))
			source.addEventListener(event, (message) => {
				this.connected = true;
				handle(JSON.parse((message as MessageEvent<string>).data));
			});
	}

	close(): void {
		this.#source?.close();
	}
}
