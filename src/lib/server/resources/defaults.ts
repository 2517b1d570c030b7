// The help resources shipped with the platform, to verify before deployment (numbers as given in the issue).
export type HelpResourceDraft = {
	nameFr: string;
	nameEn: string;
	descriptionFr: string;
	descriptionEn: string;
	phone?: string;
	textNumber?: string;
};

export const DEFAULT_HELP_RESOURCES: readonly HelpResourceDraft[] = [
	{
		nameFr: 'Tel-jeunes',
		nameEn: 'Tel-jeunes',
		descriptionFr: 'Pour les jeunes du Québec : parler à quelqu’un, c’est gratuit.',
		descriptionEn: 'For youth in Quebec: talk to someone, free of charge.',
		phone: '1 800 263-2266'
	},
	{
		nameFr: 'Jeunesse, J’écoute',
		nameEn: 'Kids Help Phone',
		descriptionFr: 'Pour les jeunes au Canada : appeler ou écrire un texto.',
		descriptionEn: 'For youth in Canada: call, or send a text.',
		phone: '1 800 668-6868',
		textNumber: '686868'
	},
	{
		nameFr: 'Ligne d’urgence canadienne contre la traite des personnes',
		nameEn: 'Canadian Human Trafficking Hotline',
		descriptionFr: 'Si toi ou une personne que tu connais êtes contrôlées ou exploitées.',
		descriptionEn: 'If you or someone you know is being controlled or exploited.',
		phone: '1 833 900-1010'
	},
	{
		nameFr: 'Info-Social 811',
		nameEn: 'Info-Social 811',
		descriptionFr: 'Au Québec : parler à une intervenante ou un intervenant.',
		descriptionEn: 'In Quebec: talk to a social worker.',
		phone: '811'
	},
	{
		nameFr: 'Urgence 911',
		nameEn: 'Emergency 911',
		descriptionFr: 'Si tu es en danger maintenant.',
		descriptionEn: 'If you are in danger right now.',
		phone: '911'
	}
];
