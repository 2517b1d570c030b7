// A moderator's decisions on something youth wrote for others (a comment, a proposal, a pilot's feedback): from
// which states each may be taken, what it leads to, and how the audit names it. One table for every place.
export type PostStatus = 'pending' | 'published' | 'hidden';
export type PostDecision = 'approve' | 'hide' | 'restore';

export const DECISIONS: Record<
	PostDecision,
	{ from: readonly PostStatus[]; to: PostStatus; done: 'approved' | 'hidden' | 'restored' }
> = {
	approve: { from: ['pending'], to: 'published', done: 'approved' },
	hide: { from: ['pending', 'published'], to: 'hidden', done: 'hidden' },
	restore: { from: ['hidden'], to: 'published', done: 'restored' }
};
