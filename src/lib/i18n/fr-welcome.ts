// French text of the public pages a teen opens first (home, joining, signing in, help, pause, quick exit): its
// own chunk, loaded with the youth part on those pages (youth-pages.ts) and on every page that is not a youth page.
// Keys are dotted names; ICU message syntax.
export const frWelcome = {
	'page.help': 'Aide',
	'quick_exit.heading': 'Quitter vite cette page',
	'quick_exit.how':
		'Appuie sur « Quitter cette page », ou trois fois sur la touche Maj (Shift) ou Échap en 5 secondes.',
	'quick_exit.does':
		'La page disparaît tout de suite. Tu es déconnecté·e. Une page de météo s’ouvre à la place. Le bouton Retour du navigateur ne ramène pas ici.',
	'quick_exit.cannot':
		'Ce que ça ne peut pas faire : effacer l’historique de ton navigateur. Une personne qui regarde l’historique peut voir que tu es venu·e sur ce site.',
	'quick_exit.private':
		'Pour ne pas laisser de traces, utilise une fenêtre de navigation privée, ou efface l’historique après ta visite.',
	'help.heading': 'Aide',
	'help.intro': 'Tu peux parler à quelqu’un. Ces services sont là pour toi.',
	'help.emergency': 'Si tu es en danger maintenant, appelle le 911.',
	'page.home': 'Accueil',
	'page.sign_in': 'Connexion',
	'home.heading': 'Bienvenue',
	'home.intro':
		'Ici, des jeunes et des adultes qui les accompagnent préparent et animent des ateliers ensemble.',
	'home.adults':
		'Vous êtes une intervenante, un intervenant ou une coordonnatrice ? Connectez-vous avec votre courriel.',
	'home.youth': 'Tu fais partie d’un groupe ? Ton intervenante te donnera un code pour entrer.',
	'identity.pseudonym_shape':
		'Ton pseudonyme doit avoir de 2 à 24 caractères : des lettres, des chiffres, des espaces ou des tirets.',
	'identity.pseudonym_email':
		'Ton pseudonyme ressemble à une adresse courriel. Pour te protéger, choisis un nom qui ne dit pas qui tu es.',
	'identity.pseudonym_phone':
		'Ton pseudonyme ressemble à un numéro de téléphone. Pour te protéger, choisis un nom qui ne dit pas qui tu es.',
	'identity.pseudonym_address':
		'Ton pseudonyme ressemble à une adresse. Pour te protéger, choisis un nom qui ne dit pas où tu vis.',
	'identity.pseudonym_url':
		'Ton pseudonyme ressemble à une adresse de site web. Choisis un nom qui ne mène pas vers toi.',
	'identity.pseudonym_handle':
		'Ton pseudonyme ressemble à un nom de compte de réseau social. Choisis un nom qui ne mène pas vers toi.',
	'identity.pseudonym_name':
		'Ton pseudonyme ressemble à un prénom et un nom de famille. Pour te protéger, invente un nom : un animal, une couleur, un mot que tu aimes.',
	'identity.pseudonym_taken': 'Ce pseudonyme est déjà pris dans ce groupe. Essaie un autre nom.',
	'identity.join_code_invalid':
		'Ce code ne fonctionne pas. Vérifie les lettres et les chiffres, ou demande le code à ton intervenante.',
	'identity.participant_sign_in_failed':
		'Le code, le pseudonyme ou la phrase secrète ne correspond pas. Vérifie et réessaie, ou demande de l’aide à ton intervenante.',
	'page.join': 'Entrer dans un groupe',
	'join.heading': 'Entrer dans ton groupe',
	'join.intro':
		'Ton intervenante t’a donné un code. Choisis aussi un pseudonyme : un nom inventé, pas ton vrai nom.',
	'join.code': 'Code du groupe',
	'join.code_hint': '8 lettres ou chiffres, par exemple CK3P-W9RT.',
	'join.pseudonym': 'Ton pseudonyme',
	'join.pseudonym_hint': 'Un nom inventé : un animal, une couleur, un mot que tu aimes.',
	'join.submit': 'Entrer',
	'join.already': 'Tu es déjà venu·e ? Entre avec ta phrase secrète.',
	'join.welcome_heading': 'Bienvenue, {pseudonym} !',
	'join.passphrase_intro':
		'Voici ta phrase secrète. Elle te permet de revenir. Écris-la ou garde-la dans un endroit sûr :',
	'join.passphrase_note':
		'Ne la montre à personne. Si tu l’oublies, ton intervenante peut t’en donner une nouvelle.',
	'join.continue': 'Continuer',
	'youth_sign_in.heading': 'Revenir dans ton groupe',
	'youth_sign_in.pseudonym': 'Ton pseudonyme',
	'youth_sign_in.passphrase': 'Ta phrase secrète',
	'youth_sign_in.passphrase_hint': 'Les quatre mots, avec des espaces.',
	'youth_sign_in.shared_device':
		'J’utilise un appareil partagé (je serai déconnecté·e après 10 minutes sans activité)',
	'youth_sign_in.submit': 'Entrer',
	'youth_sign_in.first_time': 'C’est ta première fois ? Entre avec le code de ton groupe.',
	'home.participant_heading': 'Bonjour, {pseudonym}',
	'home.participant_groups': '{count, plural, one {Ton groupe} other {Tes groupes}}',
	'home.participant_intro': 'Les ateliers de tes groupes s’afficheront ici.',
	'home.youth_link': 'J’ai un code de groupe',
	'page.signed_out': 'Déconnexion',
	'timeout.signed_out_heading': 'Tu as été déconnecté·e',
	'timeout.signed_out_intro':
		'Après un moment sans activité, on ferme la session pour protéger ce que tu fais ici. Tu peux revenir quand tu veux.',
	'page.pause': 'Pause',
	'pause.heading': 'Tu fais une pause',
	'pause.intro': 'C’est correct. Tu n’as rien à expliquer. Prends le temps qu’il te faut.',
	'pause.breathe_1': 'Pose tes pieds au sol et sens le contact.',
	'pause.breathe_2': 'Inspire doucement par le nez, en comptant jusqu’à quatre.',
	'pause.breathe_3': 'Expire lentement, encore plus longtemps. Recommence quelques fois.',
	'pause.talk':
		'Si quelque chose te dérange, tu peux en parler à une personne de l’équipe, ou à une des ressources ci-dessous.',
	'pause.back': 'Revenir à l’activité',
	'pause.home': 'Aller à l’accueil',
	'pause.help_heading': 'De l’aide, si tu en veux',
	'home.explore_heading': 'À explorer',
	'home.explore_empty':
		'Rien à explorer pour l’instant. Ton équipe ajoutera des activités bientôt.',
	'identity.group_full': 'Ce groupe est complet. Demande de l’aide à ton intervenante.',
	'timeout.signed_out_lifetime':
		'Une session dure quelques heures au plus, même quand on s’en sert : c’est pour te protéger. Tu peux te reconnecter tout de suite.',
	'identity.pseudonym_taken_here':
		'Quelqu’un de ce groupe a déjà ce pseudonyme. Renommez l’une des deux personnes, puis réessayez.',
	'identity.pseudonym_birth_year':
		'Pas d’année de naissance dans ton pseudonyme : elle aide à savoir qui tu es. Invente un nom sans date.',
	'live.join': 'Rejoindre l’atelier',
	'cocreation.your_processes': 'Ce que ton groupe crée',
	'cocreation.phase.findings': 'Lire les constats de la recherche',
	'cocreation.phase.creation': 'Créer l’atelier et les outils',
	'cocreation.phase.pilot': 'Tester avec d’autres jeunes',
	'cocreation.phase.dialogue': 'Discuter avec les adultes',
	'feedback.home_heading': 'Ton avis compte',
	'feedback.home_link': 'Donne ton avis sur « {title} »',
	'live.on_now_short':
		'Un atelier a lieu maintenant avec ton groupe. Tu peux le suivre sur ton téléphone, si tu veux.',
	'home.together_heading': 'Avec ton groupe',
	'home.done_intro': 'Ce que vous avez déjà fait ensemble :',
	'home.next_intro': 'La prochaine fois :',
	'home.logbook_link': 'Mon carnet',
	'home.logbook_hint':
		'Pour écrire pour toi seule. Personne d’autre ne peut le lire, sauf une page que tu choisis de partager.'
} as const satisfies Record<string, string>;
