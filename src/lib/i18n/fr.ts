// French interface text, the default language. Keys are dotted names; error codes are keys too. ICU message syntax.
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
	'help.call': 'Appeler le {number}',
	'help.text': 'Texto au {number}',
	'help.website': 'Site web',
	'help.emergency': 'Si tu es en danger maintenant, appelle le 911.',

	'nav.home': 'Accueil',
	'nav.sign_in': 'Connexion',
	'nav.sign_out': 'Déconnexion',
	'nav.groups': 'Groupes',
	'nav.admin': 'Administration',

	'page.home': 'Accueil',
	'page.sign_in': 'Connexion',
	'page.setup': 'Premier accès',
	'page.admin': 'Administration',
	'page.error': 'Erreur',

	'home.heading': 'Bienvenue',
	'home.intro':
		'Ici, des jeunes et des adultes qui les accompagnent préparent et animent des ateliers ensemble.',
	'home.adults':
		'Vous êtes une intervenante, un intervenant ou une coordonnatrice ? Connectez-vous avec votre courriel.',
	'home.youth': 'Tu fais partie d’un groupe ? Ton intervenante te donnera un code pour entrer.',

	'identity.sign_in_failed':
		'Le courriel ou le mot de passe ne correspond pas. Vérifiez et réessayez.',

	'validation.required': 'Ce champ est obligatoire.',
	'validation.too_long': 'Ce texte est trop long (maximum {max} caractères).',
	'validation.email': 'Entrez une adresse courriel valide, par exemple nom@exemple.org.',
	'validation.password_too_short': 'Le mot de passe doit compter au moins {min} caractères.',
	'validation.password_too_long': 'Le mot de passe doit compter au plus {max} caractères.',
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

	'identity.setup_link_invalid': 'Ce lien n’est plus valide.',
	'identity.email_taken': 'Cette adresse ne peut pas être utilisée.',

	'nav.organisation': 'Mon organisation',
	'nav.switch_organisation': 'Changer d’organisation',
	'identity.already_member': 'Cette personne fait déjà partie de l’organisation.',
	'identity.invitation_invalid':
		'Ce lien d’invitation n’est plus valide : il a déjà servi ou il a expiré.',
	'page.organisation': 'Organisation',
	'page.organisations': 'Organisations',
	'page.invitation': 'Invitation',
	'page.outbox': 'Courriels en attente',

	'page.two_factor': 'Double vérification',
	'identity.password_wrong': 'Ce mot de passe ne correspond pas.',
	'identity.code_wrong': 'Ce code ne fonctionne pas. Vérifiez-le et réessayez.',

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
	'identity.expiry_days': 'Entrez un nombre de jours entre 1 et 365, ou laissez vide.',
	'page.join': 'Entrer dans un groupe',
	'page.groups': 'Groupes',
	'page.group': 'Groupe',
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

	'identity.too_many_cards': 'Au plus 40 cartes à la fois.',
	'cards.heading': 'Cartes à imprimer',
	'cards.intro':
		'Imprimez ces cartes maintenant : les phrases secrètes ne seront plus affichées. Si une carte se perd, créez une nouvelle phrase secrète.',
	'cards.print': 'Imprimer',
	'cards.pseudonym': 'Pseudonyme',
	'cards.code': 'Code du groupe',
	'cards.passphrase': 'Phrase secrète',
	'cards.qr_label': 'Code QR vers la page pour entrer',

	'identity.password_common':
		'Ce mot de passe est trop courant : on le trouve dans les listes que les pirates essaient en premier. Choisissez-en un autre, par exemple une phrase.',
	'identity.password_repetitive':
		'Ce mot de passe répète les mêmes caractères. Choisissez-en un plus varié.',
	'identity.password_sequence':
		'Ce mot de passe suit une suite (abcd, 1234, azerty). Choisissez-en un autre.',
	'identity.password_site_name': 'Le mot de passe ne doit pas contenir le nom du site.',

	'page.signed_out': 'Déconnexion',
	'timeout.warning':
		'{seconds, plural, one {Sans activité, tu seras déconnecté·e dans # seconde.} other {Sans activité, tu seras déconnecté·e dans # secondes.}}',
	'timeout.stay': 'Rester connecté·e',
	'timeout.signed_out_heading': 'Tu as été déconnecté·e',
	'timeout.signed_out_intro':
		'Après un moment sans activité, on ferme la session pour protéger ce que tu fais ici. Tu peux revenir quand tu veux.',

	'errors.too_many_attempts':
		'{seconds, plural, one {Trop d’essais. Réessaie dans # seconde.} other {Trop d’essais. Réessaie dans # secondes.}}',

	'page.audit': 'Journal',
	'nav.audit': 'Journal',

	'page.password': 'Mot de passe',
	'page.account': 'Mon compte',
	'identity.reset_link_invalid':
		'Ce lien n’est plus valide : il a déjà servi ou il a expiré. Demandez-en un nouveau.',
	'nav.account': 'Mon compte',

	'page.help_editor': 'Ressources d’aide',
	'nav.help_editor': 'Ressources d’aide',

	'validation.plain_text': 'Utilisez du texte simple, sans les signes < > ; ou \\.',

	'identity.designated_stays':
		'Désignez d’abord une autre personne : le groupe a toujours une personne désignée.',

	'nav.programs': 'Programmes',
	'page.programs': 'Programmes',
	'page.program': 'Programme',
	'page.program_editor': 'Modifier un programme',
	'page.guide': 'Guide d’animation',
	'page.compare': 'Comparer des versions',
	'page.import': 'Importer un programme',
	'guide.only_fr': '(texte en français seulement)',
	'guide.only_en': '(texte en anglais seulement)',
	'scenarios.problem_no_passage': 'ajoutez au moins un passage',
	'scenarios.problem_no_start': 'le passage de départ n’existe pas',
	'scenarios.problem_duplicate_id': 'deux passages ou deux choix ont le même identifiant ({id})',
	'scenarios.problem_unreachable': 'aucun choix ne mène à ce passage',
	'scenarios.problem_no_choice': 'ajoutez un choix, ou faites de ce passage une fin',
	'scenarios.problem_dangling_choice': 'ce choix ne mène à aucun passage',
	'scenarios.problem_no_debrief':
		'une fin a besoin d’un retour : signes à repérer, façons de se protéger, où trouver de l’aide',
	'scenarios.problem_ending_with_choices':
		'une fin ne propose pas de choix : retirez-les ou décochez « fin »',
	'scenarios.problem_no_way_out': 'ce passage tourne en rond : aucun chemin ne mène à une fin',
	'scenarios.problem_no_ending': 'ajoutez au moins une fin',
	'cards.problem_no_card': 'ajoutez au moins une carte',
	'cards.problem_needs_source': 'cette carte donne un chiffre : indiquez sa source',
	'cards.problem_duplicate_id': 'deux cartes ont le même identifiant ({id})',
	'content.invalid_document': 'Le contenu envoyé n’a pas la bonne forme. Rechargez la page.',
	'content.save_conflict':
		'Quelqu’un a enregistré ce contenu entre-temps. Rechargez la page pour voir sa version.',
	'content.managed':
		'Ce contenu est écrit par un groupe de co-création : on le modifie depuis son processus, où les jeunes gardent la main.',
	'content.archived': 'Ce contenu est archivé. Sortez-le des archives pour le modifier.',
	'content.wrong_status': 'Cette action n’est pas possible dans l’état actuel de ce contenu.',
	'page.tools': 'Outils d’atelier',
	'page.activity': 'Activité',
	'page.pause': 'Pause',
	'page.print_deck': 'Impression des cartes',
	'nav.tools': 'Outils',
	'tools.deck': 'Paquet de cartes',
	'tools.scenario': 'Scénario',
	'tools.warning_signs': 'Les signaux d’alerte dans ce parcours',
	'tools.protective_strategies': 'Ce qui peut protéger',
	'tools.where_help': 'Où trouver de l’aide',
	'tools.transcript': 'Transcription',
	'cards.myth': 'Mythe',
	'cards.reality': 'Réalité',
	'cards.category_recruitment': 'Recrutement',
	'cards.category_consent': 'Consentement',
	'cards.category_online': 'En ligne',
	'cards.category_control': 'Contrôle',
	'cards.category_help': 'Aide',
	'cards.category_rights': 'Droits',
	'cards.progress': 'Carte {number} sur {count}',
	'cards.question': 'Mythe ou réalité ? Tu peux aussi passer.',
	'cards.pass': 'Je passe',
	'cards.show_answer': 'Montrer la réponse',
	'cards.it_is_myth': 'C’est un mythe.',
	'cards.it_is_reality': 'C’est une réalité.',
	'cards.you_knew': 'Tu l’avais repéré.',
	'cards.many_think': 'Beaucoup de gens le pensent. Voici pourquoi.',
	'cards.source': 'Source :',
	'cards.next': 'Carte suivante',
	'cards.see_summary': 'Voir ce que je sais maintenant',
	'cards.summary_heading': 'Voici ce que tu sais maintenant',
	'cards.summary_intro':
		'{count, plural, =0 {Tu n’as pas encore vu de carte.} one {Tu as vu une carte. Voici ce qu’elle dit.} other {Tu as vu # cartes. Voici ce qu’elles disent.}}',
	'cards.restart': 'Recommencer',
	'scenarios.mood_calm': 'calme',
	'scenarios.mood_happy': 'contente',
	'scenarios.mood_unsure': 'hésitante',
	'scenarios.mood_worried': 'inquiète',
	'scenarios.mood_sad': 'triste',
	'play.step_out': 'Faire une pause',
	'play.before_you_start': 'Avant de commencer',
	'play.content_warning': 'À savoir avant de lire :',
	'play.you_can_stop':
		'Tu peux revenir en arrière, faire une pause ou arrêter quand tu veux. Il n’y a pas de mauvais choix dans cette histoire : on apprend de chacun.',
	'play.start': 'Commencer',
	'play.not_now': 'Pas maintenant',
	'play.ending': 'Fin de l’histoire',
	'play.step': 'Étape {number}',
	'play.continue': 'Continuer',
	'play.choices': 'Que fait-elle ?',
	'play.debrief': 'Ce qu’on retient',
	'play.path_taken': 'Le chemin choisi',
	'play.never_your_fault':
		'Quoi qu’elle choisisse, ce n’est jamais la faute de la jeune. La responsabilité est celle de la personne qui exploite.',
	'play.back': 'Revenir en arrière',
	'play.restart': 'Recommencer l’histoire',
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
	'tools.video': 'Vidéo',
	'media.no_file': 'Aucun fichier pour l’instant.',
	'media.watch': 'Regarder la vidéo',
	'media.video_label': 'Vidéo',
	'media.captions_label_fr': 'Français',
	'media.captions_label_en': 'English',
	'media.no_video_support':
		'Ce navigateur ne peut pas lire cette vidéo. La transcription est plus bas.',

	'identity.group_full': 'Ce groupe est complet. Demande de l’aide à ton intervenante.',
	'identity.group_full_for_cards':
		'{count, plural, one {# personne est} other {# personnes sont}} déjà dans ce groupe, et sa limite est de {limit}. Vous pouvez créer {room, plural, =0 {aucune carte de plus} one {encore # carte} other {encore # cartes}}, ou augmenter la limite plus haut sur cette page.',
	'identity.participant_limit_range': 'Entrez un nombre entier entre 1 et 200.',
	'identity.participant_limit_below_count':
		'{count, plural, one {# personne est} other {# personnes sont}} déjà dans ce groupe : la limite ne peut pas être plus basse.',
	'identity.code_used':
		'Ce code a déjà servi. Reconnectez-vous avec votre mot de passe, puis entrez le code suivant de votre application.',
	'timeout.final_warning':
		'{minutes, plural, one {Ta session se termine dans # minute. Après quelques heures, on demande de se reconnecter, pour te protéger. Termine ce que tu fais.} other {Ta session se termine dans # minutes. Après quelques heures, on demande de se reconnecter, pour te protéger. Termine ce que tu fais.}}',
	'timeout.sign_out_now': 'Me déconnecter maintenant',
	'timeout.signed_out_lifetime':
		'Une session dure quelques heures au plus, même quand on s’en sert : c’est pour te protéger. Tu peux te reconnecter tout de suite.',
	'identity.pseudonym_taken_here':
		'Quelqu’un de ce groupe a déjà ce pseudonyme. Renommez l’une des deux personnes, puis réessayez.',
	'content.not_publishable':
		'{count, plural, one {Un problème empêche la publication.} other {# problèmes empêchent la publication.}}',
	'content.needs_review':
		'Votre organisme demande qu’une deuxième personne approuve avant de publier : envoyez d’abord en révision.',
	'content.needs_other_approver':
		'Vous avez envoyé ce contenu en révision : une autre personne de la coordination doit l’approuver en le publiant.',
	'demo.band': 'Démo — rien ici n’est réel.',
	'demo.band_switch': 'Changer de personne',
	'identity.pseudonym_birth_year':
		'Pas d’année de naissance dans ton pseudonyme : elle aide à savoir qui tu es. Invente un nom sans date.',
	'timeout.dialog_label': 'Fin de session',
	'live.pass': 'Je passe',
	'live.french': 'Français',
	'live.english': 'English',
	'moderation.personal_information':
		'Ton message semble contenir une information personnelle (un nom, un numéro, une adresse…). Enlève-la pour pouvoir l’envoyer.',
	'live.not_now': 'Ce n’est pas le moment d’écrire ici.',
	'live.vote_closed': 'Cette question est fermée. Regarde l’écran.',
	'live.not_running': 'L’atelier est en pause ou terminé.',
	'live.pairing_refused': 'Ce code ne marche pas. Demande un nouveau code à la personne qui anime.',
	'live.join': 'Rejoindre l’atelier',
	'live.warning_heading': 'Avant de commencer',
	'live.warning_hint': 'Tu peux passer ou demander une pause à tout moment.',
	'live.paused': 'L’atelier est en pause. Il va reprendre.',
	'live.ended': 'L’atelier est terminé. Merci pour ta présence.',
	'live.your_answer': 'Ta réponse : {answer}',
	'live.change_answer': 'Tu peux changer d’avis tant que les réponses ne sont pas montrées.',
	'live.answers_hidden': 'Les réponses du groupe seront montrées plus tard.',
	'live.results': 'Réponses du groupe',
	'live.answers_count': '{count, plural, one {# réponse} other {# réponses}}',
	'live.too_few': 'Pas assez de réponses pour les montrer : personne n’est mis à part.',
	'live.watching': 'On regarde la vidéo ensemble.',
	'live.transcript': 'Transcription',
	'live.write_answer': 'Écrire une réponse (si tu veux)',
	'live.send': 'Envoyer',
	'live.sent_waiting':
		'{count, plural, one {Envoyé : en attente d’être lu.} other {# envois en attente d’être lus.}}',
	'moderation.held_for_you':
		'Merci de l’avoir écrit. Ton message n’est pas montré au groupe : quelqu’un de l’équipe que tu connais va venir te parler, discrètement.',
	'moderation.help_now': 'Besoin d’aide maintenant ? Voir les ressources d’aide',
	'care.banner': 'Quelqu’un a peut-être besoin de vous.',
	'care.banner_link': 'Voir le message',
	'page.cocreation': 'Co-création',
	'nav.cocreation': 'Co-création',
	'cocreation.your_processes': 'Ce que ton groupe crée',
	'cocreation.phase.findings': 'Lire les constats de la recherche',
	'cocreation.phase.creation': 'Créer l’atelier et les outils',
	'cocreation.phase.pilot': 'Tester avec d’autres jeunes',
	'cocreation.phase.dialogue': 'Discuter avec les adultes',
	'moderation.already_decided':
		'Quelqu’un d’autre vient de décider pour ce commentaire. La page est à jour.',
	'moderation.reason_required': 'Dites pourquoi : la personne qui l’a écrit le verra.',
	'page.cocreation_board': 'Tableau de suivi',
	'page.cocreation_material': 'Matériel',
	'play.credits': 'Créé par : {names}',
	'page.pilot_feedback': 'Ton avis',
	'feedback.home_heading': 'Ton avis compte',
	'feedback.home_link': 'Donne ton avis sur « {title} »',
	'common.labelled': '{label} : {value}',
	'live.private_label': 'Pour moi seulement',
	'live.private_hint': 'Ce que tu écris ici reste sur ton téléphone. Rien n’est envoyé.',
	'live.question_box': 'Poser une question anonyme',
	'live.question_label': 'Ta question',
	'live.question_hint':
		'Le groupe ne saura pas que c’est toi. Elle sera lue avant d’être montrée. Si elle nous inquiète pour toi, quelqu’un de l’équipe que tu connais viendra te parler.',
	'live.need_break': 'J’ai besoin d’une pause',
	'live.break_sent': 'C’est noté. Seule la personne qui anime le voit.',
	'live.break_minutes': '{minutes, plural, one {# minute} other {# minutes}}',
	'live.poll': 'Sondage',
	'live.step': '{index} sur {count}',
	'live.offline': 'Connexion perdue. On se reconnecte…',
	'live.send_failed': 'Ça n’est pas parti. Réessaie.',
	'live.pair_heading': 'Afficher un atelier sur cet écran',
	'live.pair_intro': 'Entre le code à 8 chiffres affiché sur l’appareil de la personne qui anime.',
	'live.pair_code': 'Code',
	'live.pair_submit': 'Afficher',
	'live.answer': 'La réponse',
	'live.nothing_to_do': 'Écoute et participe comme tu veux.',
	'page.live': 'Atelier',
	'page.screen': 'Écran',
	'live.on_now_short':
		'Un atelier a lieu maintenant avec ton groupe. Tu peux le suivre sur ton téléphone, si tu veux.',
	'home.together_heading': 'Avec ton groupe',
	'home.done_intro': 'Ce que vous avez déjà fait ensemble :',
	'home.next_intro': 'La prochaine fois :',
	'page.logbook': 'Mon carnet',
	'home.logbook_link': 'Mon carnet',
	'home.logbook_hint':
		'Pour écrire pour toi seule. Personne d’autre ne peut le lire, sauf une page que tu choisis de partager.',
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
	'identity.own_passphrase_wrong': 'Ce n’est pas ta phrase de connexion.',
	'live.private_logbook': 'Écrire ma réponse dans mon carnet',
	'live.private_later': 'Cette question t’attendra aussi dans ton carnet.'
} as const satisfies Record<string, string>;
