// Export: a published version as a content package (JSON file) another organisation can import.
import type { RequestHandler } from './$types';
import { programId, versionNumber } from '#lib/server/programs/inputs.ts';
import { exportPackage } from '#lib/server/programs/service.ts';
import { DomainError } from '#lib/server/platform/errors.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const id = programId.safeParse(params.programId);
	const number = versionNumber.safeParse(params.number);
	if (!id.success || !number.success)
		return new Response('Not found or not allowed', { status: 404 });
	try {
		const contentPackage = await exportPackage(locals.actor, id.data, number.data);
		return new Response(JSON.stringify(contentPackage, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="programme-v${number.data}.json"`,
				'cache-control': 'no-store'
			}
		});
	} catch (failure) {
		if (failure instanceof DomainError)
			return new Response('Not found or not allowed', { status: 404 });
		throw failure;
	}
};
