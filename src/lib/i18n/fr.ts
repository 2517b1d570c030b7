// French interface text, the default language: the youth part, which every page loads (the shell, errors,
// safety, the time-out, the tool kinds' names); the other parts are beside it (catalogue.ts). Keep it small: every
// youth page downloads it. Keys are dotted names; error codes are keys too. ICU message syntax.
export const fr = {
	'app.name': 'Partir de nous',

	'shell.skip_to_content': 'Aller au contenu',
	'shell.main_navigation': 'Navigation principale',
	'shell.language_switch': 'Choisir la langue',
	'shell.footer_about':
		'Une plateforme pour créer et animer des ateliers, avec et pour les jeunes.',
	'shell.footer_privacy': 'Aucun traceur, aucune publicité. Tout est servi par nous.',
	'shell.signed_in_as': 'Connecté·e : {name}',

	'safety.quick_exit': 'Quitter cette page',
	'safety.skip_to_quick_exit': 'Aller au bouton « Quitter cette page »',
	'safety.presses_remaining':
		'{count, plural, one {Appuie encore une fois pour quitter.} other {Appuie encore # fois pour quitter.}}',
	'safety.learn_more': 'Comment ça marche ?',
	'safety.notice_touch': 'Pour partir vite : le bouton rouge en haut.',
	'safety.notice_keyboard':
		'Pour partir vite : le bouton rouge en haut, ou trois fois la touche Maj.',
	'safety.notice_dismiss': 'Compris',
	'safety.help': 'Aide',
	'page.quick_exit': 'Quitter vite',
	'help.call': 'Appeler le {number}',
	'help.text': 'Texto au {number}',
	'help.website': 'Site web',

	'nav.home': 'Accueil',
	'nav.sign_out': 'Déconnexion',

	'page.error': 'Erreur',

	'validation.required': 'Ce champ est obligatoire.',
	'validation.too_long': 'Ce texte est trop long (maximum {max} caractères).',
	'validation.field_problem': '{field} : {problem}',
	'validation.invalid': 'Cette valeur n’est pas valide.',
	'validation.summary':
		'{count, plural, one {Un champ est à corriger.} other {# champs sont à corriger.}}',

	'errors.not_found_or_not_allowed': 'Introuvable ou non autorisé.',
	'errors.not_found': 'Cette page n’existe pas.',
	'errors.generic': 'Un problème est survenu de notre côté. Réessayez dans un moment.',
	'errors.bad_request': 'La demande n’a pas pu être comprise. Vérifiez et réessayez.',
	'errors.home_link': 'Retour à l’accueil',
	'errors.reference': 'Référence : {id}',

	'timeout.warning':
		'{seconds, plural, one {Sans activité, tu seras déconnecté·e dans # seconde.} other {Sans activité, tu seras déconnecté·e dans # secondes.}}',
	'timeout.stay': 'Rester connecté·e',

	'validation.plain_text': 'Utilisez du texte simple, sans les signes < > ; ou \\.',

	'guide.only_fr': '(texte en français seulement)',
	'guide.only_en': '(texte en anglais seulement)',
	'tools.warning_signs': 'Les signaux d’alerte dans ce parcours',
	'tools.protective_strategies': 'Ce qui peut protéger',
	'tools.where_help': 'Où trouver de l’aide',
	'cards.source': 'Source :',

	'timeout.final_warning':
		'{minutes, plural, one {Ta session se termine dans # minute. Après quelques heures, on demande de se reconnecter, pour te protéger. Termine ce que tu fais.} other {Ta session se termine dans # minutes. Après quelques heures, on demande de se reconnecter, pour te protéger. Termine ce que tu fais.}}',
	'timeout.sign_out_now': 'Me déconnecter maintenant',
	'demo.band': 'Démo — rien ici n’est réel.',
	'demo.band_switch': 'Changer de personne',
	'timeout.dialog_label': 'Fin de session',
	'moderation.personal_information':
		'Ton message semble contenir une information personnelle (un nom, un numéro, une adresse…). Enlève-la pour pouvoir l’envoyer.',
	'care.banner': 'Quelqu’un a peut-être besoin de vous.',
	'care.banner_link': 'Voir le message',
	'moderation.already_decided':
		'Quelqu’un d’autre vient de décider pour ce commentaire. La page est à jour.',
	'moderation.reason_required': 'Dites pourquoi : la personne qui l’a écrit le verra.',
	'common.labelled': '{label} : {value}',

	'errors.too_many_attempts':
		'{seconds, plural, one {Trop d’essais. Réessaie dans # seconde.} other {Trop d’essais. Réessaie dans # secondes.}}',

	'tools.deck': 'Paquet de cartes',
	'tools.scenario': 'Scénario',
	'tools.video': 'Vidéo',

	'nav.sign_in': 'Connexion'
} as const satisfies Record<string, string>;
