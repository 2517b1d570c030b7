// French text of the logbook's pages and of the teen's own pass-phrase page: its own chunk, loaded on every page
// but the youth pages (youth-pages.ts). Keys are dotted names; ICU message syntax.
export const frLogbook = {
	'logbook.already_set_up': 'Ton carnet est déjà créé.',
	'logbook.not_set_up': 'Ton carnet n’est pas encore créé.',
	'logbook.too_large_or_malformed':
		'Ce texte est trop long pour être enregistré d’un coup, ou il est arrivé abîmé. Rien n’a changé.',
	'logbook.stale':
		'Cette page n’est plus à jour (tu as peut-être écrit depuis un autre appareil). Recharge-la : rien de ce qui est enregistré n’est perdu.',
	'logbook.needs_js':
		'Ton carnet a besoin de JavaScript : c’est sur ton téléphone qu’il est chiffré et lu.',
	'logbook.intro_private':
		'Ce que tu écris ici est chiffré sur ton téléphone avant d’être envoyé. Ni les adultes ni les personnes qui gèrent le site ne peuvent le lire, sauf une page que tu choisis de partager.',
	'logbook.setup_heading': 'Créer ton carnet',
	'logbook.setup_intro':
		'Choisis une phrase secrète pour ton carnet. Elle est différente de celle qui te sert à te connecter. Sans elle, personne ne peut ouvrir ton carnet, pas même nous.',
	'logbook.passphrase_label': 'Phrase secrète du carnet',
	'logbook.passphrase_again': 'Écris-la encore une fois',
	'logbook.suggest': 'Me proposer 4 mots',
	'logbook.suggested':
		'Proposition écrite dans les deux cases : « {words} ». Note-la là où toi seule peux la retrouver.',
	'logbook.strength_label': 'Solidité de la phrase : {level}',
	'logbook.strength.0': 'trop courte',
	'logbook.strength.1': 'facile à deviner',
	'logbook.strength.2': 'correcte',
	'logbook.strength.3': 'solide',
	'logbook.strength.4': 'très solide',
	'logbook.too_weak':
		'Cette phrase est trop facile à deviner. Ajoute des mots, ou prends les 4 mots proposés.',
	'logbook.mismatch': 'Les deux phrases ne sont pas pareilles.',
	'logbook.with_code': 'Me donner un code de secours (conseillé)',
	'logbook.with_code_hint':
		'Si tu oublies ta phrase, ce code ouvre ton carnet. Il n’est montré qu’une fois.',
	'logbook.create': 'Créer mon carnet',
	'logbook.working': 'Un instant…',
	'logbook.code_heading': 'Ton code de secours',
	'logbook.code_intro':
		'Garde-le là où toi seule peux le retrouver : sur papier, ou chez une personne de confiance. Il n’est montré qu’une fois et nous ne le gardons pas.',
	'logbook.code_kept': 'Je l’ai gardé',
	'logbook.unlock_heading': 'Ouvrir mon carnet',
	'logbook.unlock': 'Ouvrir',
	'logbook.wrong_passphrase': 'Ce n’est pas la bonne phrase secrète. Réessaie.',
	'logbook.forgot': 'J’ai oublié ma phrase',
	'logbook.code_label': 'Code de secours',
	'logbook.use_code': 'Ouvrir avec le code',
	'logbook.wrong_code': 'Ce code n’ouvre pas ton carnet. Vérifie-le.',
	'logbook.no_code': 'Tu n’as pas de code de secours pour ce carnet.',
	'logbook.new_passphrase_heading': 'Choisis une nouvelle phrase secrète',
	'logbook.new_passphrase_intro':
		'Ton carnet est ouvert. Choisis une nouvelle phrase pour la prochaine fois.',
	'logbook.change_passphrase': 'Changer la phrase de mon carnet',
	'logbook.save_passphrase': 'Enregistrer la phrase',
	'logbook.passphrase_saved': 'Ta nouvelle phrase est enregistrée.',
	'logbook.write_new': 'Écrire une page',
	'logbook.lock': 'Fermer mon carnet',
	'logbook.empty': 'Ton carnet est vide. Écris quand tu veux, autant que tu veux.',
	'logbook.entries_heading': 'Mes pages',
	'logbook.written_on': 'Écrit le {date}',
	'logbook.edit': 'Modifier',
	'logbook.delete': 'Supprimer',
	'logbook.deleted': 'Page supprimée.',
	'logbook.share': 'Partager',
	'logbook.text_label': 'Ce que tu veux écrire',
	'logbook.mood_legend': 'Comment tu te sens (si tu veux)',
	'logbook.mood.1': 'Très mal',
	'logbook.mood.2': 'Pas bien',
	'logbook.mood.3': 'Entre les deux',
	'logbook.mood.4': 'Bien',
	'logbook.mood.5': 'Très bien',
	'logbook.mood_none': 'Je ne dis pas',
	'logbook.feelings_legend': 'Des mots pour ce que tu ressens (jusqu’à 4, si tu veux)',
	'logbook.feeling.calm': 'Calme',
	'logbook.feeling.joy': 'Joie',
	'logbook.feeling.pride': 'Fierté',
	'logbook.feeling.relief': 'Soulagement',
	'logbook.feeling.sadness': 'Tristesse',
	'logbook.feeling.anger': 'Colère',
	'logbook.feeling.fear': 'Peur',
	'logbook.feeling.tiredness': 'Fatigue',
	'logbook.feeling.confusion': 'Confusion',
	'logbook.feeling.loneliness': 'Solitude',
	'logbook.save': 'Enregistrer',
	'logbook.cancel': 'Annuler',
	'logbook.saving': 'Enregistrement…',
	'logbook.saved': 'Enregistré.',
	'logbook.not_saved':
		'Pas encore enregistré : la connexion ne répond pas. Ton texte est toujours là. Réessaie quand le réseau revient.',
	'logbook.retry': 'Réessayer',
	'logbook.empty_entry': 'Écris quelques mots, ou choisis comment tu te sens.',
	'logbook.too_long':
		'C’est trop long pour une seule page ({max} caractères au plus). Coupe-la en deux pages.',
	'logbook.prompts_heading': 'Les questions de tes ateliers',
	'logbook.prompts_intro':
		'Après un atelier, sa question pour toi t’attend ici. Tu réponds si tu veux.',
	'logbook.answer_prompt': 'Répondre',
	'logbook.prompt_from': '{workshop}, le {date}',
	'logbook.answering': 'Tu réponds à :',
	'logbook.share_heading': 'Partager cette page',
	'logbook.share_intro':
		'Seule une copie de cette page est envoyée, chiffrée pour l’adulte que tu choisis. Tu peux arrêter de la partager quand tu veux.',
	'logbook.share_with': 'Avec qui ?',
	'logbook.share_confirm': 'Partager la page',
	'logbook.no_targets':
		'Aucun adulte de ton groupe ne peut encore recevoir de page. Demande à ton intervenante d’ouvrir « Pages partagées avec moi » une fois.',
	'logbook.shared_with': 'Partagée avec {name}',
	'logbook.revoke': 'Ne plus partager',
	'logbook.revoked': 'Cette page n’est plus partagée.',
	'logbook.shared_done': 'Page partagée avec {name}.',
	'logbook.already_shared': 'Tu partages déjà cette page avec cet adulte.',
	'logbook.export': 'Télécharger mon carnet',
	'logbook.export_hint':
		'Un fichier à lire ou à imprimer, fait sur ton téléphone. Une fois téléchargé, il n’est plus chiffré : garde-le en lieu sûr.',
	'logbook.export_made': 'Téléchargé le {date}',
	'logbook.escrow_intro':
		'{name} peut t’aider à rouvrir ton carnet. Il faudra son accord et ta phrase de connexion : ni {name} sans toi, ni nous, ne pouvons l’ouvrir.',
	'logbook.escrow_set': 'C’est en place avec {name}.',
	'logbook.escrow_none':
		'L’adulte principal de ton groupe ne peut pas encore garder une moitié de clé.',
	'logbook.signin_passphrase': 'Ta phrase de connexion (celle de ta carte)',
	'logbook.escrow_setup': 'Mettre en place',
	'logbook.escrow_done': 'C’est en place.',
	'logbook.new_code': 'Me donner un nouveau code de secours',
	'logbook.ask_help': 'Demander à {name} de m’aider',
	'logbook.ask_help_intro':
		'Écris ta phrase de connexion. {name} verra ta demande et devra l’accepter. Ensuite, reviens ici et écris encore ta phrase de connexion.',
	'logbook.ask_sent': 'Demande envoyée à {name}. Reviens ici quand elle aura été acceptée.',
	'logbook.ask_approved': '{name} a accepté. Écris ta phrase de connexion pour rouvrir ton carnet.',
	'logbook.recover': 'Rouvrir mon carnet',
	'logbook.escrow_failed':
		'Cette phrase de connexion n’ouvre pas ta moitié de clé. Si un adulte a changé ta phrase de connexion depuis que tu as mis cela en place, ce chemin ne marche plus : utilise ton code de secours.',
	'logbook.cancel_request': 'Annuler la demande',
	'logbook.unreadable': 'Cette page ne peut pas être lue (elle a peut-être été abîmée).',
	'logbook.settings_heading': 'Ma phrase, et comment rouvrir mon carnet',
	'logbook.with_code_heading': 'Avec mon code de secours',
	'logbook.escrow_heading': 'Avec l’aide de {name}',
	'logbook.passphrase_from_adult':
		'Ta phrase de connexion a été vue par un adulte (sur une carte). Pour que personne d’autre que toi ne puisse rouvrir ton carnet, change-la d’abord.',
	'logbook.change_signin': 'Changer ma phrase de connexion',
	'logbook.revoke_failed':
		'Ce n’est pas fait : la page est encore partagée. Réessaie quand le réseau revient.',
	'logbook.delete_failed':
		'La page n’a pas pu être supprimée : elle est revenue. Réessaie quand le réseau revient.',
	'logbook.request_failed': 'Ce n’est pas fait. Réessaie quand le réseau revient.',
	'logbook.shared_copy':
		'La copie partagée est celle du {date}. Si tu modifies la page, arrête de la partager puis partage-la de nouveau pour envoyer la nouvelle version.',
	'logbook.show_code': 'Code à montrer à {name} : {code}',
	'logbook.lock_soon': 'Ton carnet va se fermer dans un instant, parce que personne n’y touche.',
	'logbook.stay_open': 'Je suis là',
	'logbook.no_reuse': 'N’utilise pas ta phrase de connexion : choisis-en une autre.',
	'logbook.undo_delete': 'Annuler la suppression',
	'logbook.edit_page': 'Modifier la page du {date}',
	'logbook.share_page': 'Partager la page du {date}',
	'logbook.delete_page': 'Supprimer la page du {date}',
	'logbook.escrow_failed_no_code':
		'Cette phrase de connexion n’ouvre pas ta moitié de clé. Si un adulte a changé ta phrase de connexion depuis que tu as mis cela en place, ce chemin ne marche plus.',
	'logbook.locked_idle':
		'Ton carnet s’est fermé parce que personne n’y touchait. Rouvre-le avec ta phrase.',
	'logbook.no_escrow': 'Tu n’as pas mis en place l’aide de ton intervenante.',

	'page.logbook': 'Mon carnet',
	'page.own_passphrase': 'Ma phrase de connexion',
	'own_passphrase.heading': 'Changer ma phrase de connexion',
	'own_passphrase.intro':
		'Ta phrase de connexion actuelle a été vue par un adulte (sur une carte). Ici, tu en reçois une nouvelle que toi seule verras. Écris d’abord celle que tu utilises maintenant.',
	'own_passphrase.intro_own':
		'Tu peux changer ta phrase de connexion quand tu veux : tu en reçois une nouvelle, que toi seule verras. Écris d’abord celle que tu utilises maintenant.',
	'own_passphrase.current': 'Ta phrase de connexion actuelle',
	'own_passphrase.submit': 'Me donner une nouvelle phrase',
	'own_passphrase.done':
		'Voici ta nouvelle phrase de connexion. Elle remplace l’ancienne dès maintenant :',
	'own_passphrase.keep':
		'Apprends-la, ou note-la là où toi seule peux la retrouver. Elle n’est montrée qu’une fois.',
	'own_passphrase.back': 'Retour à mon carnet',
	'identity.own_passphrase_wrong': 'Ce n’est pas ta phrase de connexion.'
} as const satisfies Record<string, string>;
