// The process report's data as CSV (csv-stringify; cells that a spreadsheet would run as a formula are
// escaped): one row per fact, in the reader's language, hidden small numbers written as such.
import { stringify } from 'csv-stringify/sync';
import { placeName, shownValue } from '#lib/domain/cocreation/material-words.ts';
import type { Cell } from '#lib/domain/reports/suppression.ts';
import {
	translate,
	type Locale,
	type MessageKey,
	type MessageValues
} from '#lib/i18n/catalogue.ts';
import type { ReportView } from './report.ts';

export function reportCsv(report: ReportView, locale: Locale): string {
	const t = (key: string, values?: MessageValues) => translate(locale, key as MessageKey, values);
	const cell = (value: Cell) => (value === 'hidden' ? t('report.hidden') : String(value));
	const day = (value: Date) => value.toISOString().slice(0, 10);
	const rows: string[][] = [];
	const add = (section: string, item: string, detail: string, value: string) =>
		rows.push([t(`report.section.${section}`), item, detail, value]);

	for (const phase of report.phases)
		add(
			'phases',
			phase.title || t(`cocreation.phase.${phase.kind}`),
			[phase.startsOn, phase.endsOn].filter(Boolean).join(' → '),
			t(`cocreation.state.${phase.state}`)
		);
	add('participation', t('report.co_designers'), '', cell(report.participation.coDesigners));
	for (const row of report.participation.rows)
		add('participation', t(`report.participation.${row.key}`), '', cell(row.count));
	for (const aspect of report.keyAspects)
		add(
			'key_aspects',
			aspect.text,
			aspect.why,
			aspect.coveredBy.join(' · ') || t('report.not_covered')
		);
	for (const material of report.materials) {
		add(
			'materials',
			material.title,
			'',
			material.finalVersion
				? t('report.version', { version: material.finalVersion })
				: t('report.draft')
		);
		for (const change of material.changes)
			add(
				'changes',
				material.title,
				`${day(change.at)} · ${change.place ? placeName(t, change.place) : change.path}`,
				`${shownValue(t, change.choices, change.after)} — ${change.author ?? t('report.a_youth')}${change.accepted ? ` (${t('report.accepted')})` : ''}`
			);
	}
	for (const pilot of report.pilots) {
		add('pilots', `${pilot.material} — ${pilot.group}`, t('report.answers'), cell(pilot.answers));
		for (const [answer, count] of Object.entries(pilot.recommend.cells))
			add(
				'pilots',
				`${pilot.material} — ${pilot.group}`,
				t(`pilot.recommend_${answer}`),
				cell(count as Cell)
			);
	}
	for (const proposal of report.proposals) {
		add(
			'proposals',
			proposal.text,
			t(`board.who.${proposal.whoActs}`),
			`${t('report.youth_support')}: ${cell(proposal.youthSupport)}; ${t('report.adult_support')}: ${proposal.adultSupport}`
		);
		for (const commitment of proposal.commitments) {
			add(
				'commitments',
				commitment.what,
				`${commitment.owner} · ${commitment.dueOn}`,
				t(`board.status.${commitment.status}`) +
					(commitment.overdue ? ` (${t('board.overdue')})` : '')
			);
			for (const update of commitment.history)
				add(
					'commitment_updates',
					commitment.what,
					`${day(update.on)} · ${update.by}`,
					`${t(`board.status.${update.status}`)}${update.note ? ` — ${update.note}` : ''}`
				);
		}
	}
	return stringify(rows, {
		header: true,
		columns: [
			t('report.column.section'),
			t('report.column.item'),
			t('report.column.detail'),
			t('report.column.value')
		],
		escape_formulas: true
	});
}
