// The publishing rules as data: which step each status allows, and the second approval.
import { describe, expect, it } from 'vitest';
import { availableSteps, checkStep, type PublishingState } from './transitions.ts';

const state = (overrides: Partial<PublishingState> = {}): PublishingState => ({
	status: 'draft',
	hasVersion: false,
	submittedBy: null,
	...overrides
});
const open = { secondApproval: false };
const strict = { secondApproval: true };

describe('publishing steps', () => {
	it('offer, for each status, exactly the steps that lead somewhere', () => {
		expect(availableSteps(state(), open, 'a')).toEqual(['submit', 'publish', 'archive']);
		expect(availableSteps(state({ status: 'in_review' }), open, 'a')).toEqual([
			'publish',
			'archive'
		]);
		expect(availableSteps(state({ status: 'published', hasVersion: true }), open, 'a')).toEqual([
			'archive'
		]);
		expect(availableSteps(state({ status: 'archived' }), open, 'a')).toEqual(['restore']);
	});

	it('restore an archived item as published when it was published before, as a draft otherwise', () => {
		expect(
			checkStep(state({ status: 'archived', hasVersion: true }), 'restore', open, 'a')
		).toEqual({
			ok: true,
			to: 'published'
		});
		expect(checkStep(state({ status: 'archived' }), 'restore', open, 'a')).toEqual({
			ok: true,
			to: 'draft'
		});
	});

	it('with a second approval, publish only what is in review, and never by the one who sent it', () => {
		expect(checkStep(state(), 'publish', strict, 'a')).toEqual({
			ok: false,
			refusal: 'content.needs_review'
		});
		const inReview = state({ status: 'in_review', submittedBy: 'a' });
		expect(checkStep(inReview, 'publish', strict, 'a')).toEqual({
			ok: false,
			refusal: 'content.needs_other_approver'
		});
		expect(checkStep(inReview, 'publish', strict, 'b')).toEqual({ ok: true, to: 'published' });
		expect(availableSteps(inReview, strict, 'a')).toEqual(['archive']);
		expect(availableSteps(inReview, strict, 'b')).toEqual(['publish', 'archive']);
	});

	it('refuse a step from a status it does not start from', () => {
		expect(checkStep(state({ status: 'in_review' }), 'submit', open, 'a')).toEqual({
			ok: false,
			refusal: 'content.wrong_status'
		});
		expect(checkStep(state({ status: 'archived' }), 'publish', open, 'a').ok).toBe(false);
	});
});
