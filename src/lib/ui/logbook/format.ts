// Days as she reads them: the server keeps the day only ("2026-12-07"), shown in her language.
export function formatDay(day: string, intlLocale: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return day;
	return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
