// Activity the server counts that the page's data does not show: a live vote sent with fetch extends the teen's
// session on the server, but no new page data tells the time-out (SessionTimeout.svelte), which would warn her
// after 30 minutes of voting, and her cookie would not be renewed. Noted here, the time-out renews both.
const listeners = new Set<() => void>();

/** This page just made a request the server counts as activity. */
export function noteActivity(): void {
	for (const listener of listeners) listener();
}

/** Calls `listener` on each activity noted; returns what stops it. */
export function onActivity(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
