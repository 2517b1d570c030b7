// The original six-workshop starter program, in French and English, a draft for organisations.
import type { Localized, ProgramDocument, Workshop } from '#lib/domain/programs/document.ts';

/** One Markdown text from its lines. */
const md = (...lines: string[]): string => lines.join('\n');

/** The help lines every closing activity lists (the numbers of the default help resources). */
const HELP_LINES: Localized = {
	fr: md(
		'- **Tel-jeunes** : 1 800 263-2266',
		'- **Jeunesse, J’écoute** : 1 800 668-6868, ou un texto au 686868',
		'- **Ligne d’urgence canadienne contre la traite des personnes** : 1 833 900-1010',
		'- **Info-Social** : 811',
		'- **911**, si tu es en danger maintenant'
	),
	en: md(
		'- **Tel-jeunes**: 1 800 263-2266',
		'- **Kids Help Phone**: 1 800 668-6868, or text 686868',
		'- **Canadian Human Trafficking Hotline**: 1 833 900-1010',
		'- **Info-Social**: 811',
		'- **911**, if you are in danger right now'
	)
};

/**
 * Every activity's disclosure note: what is specific to the activity, then CONTENT.md's disclosure guidance in
 * short, so a facilitator who opens any single activity finds it.
 */
function disclosure(specific: Localized): Localized {
	return {
		fr: md(
			specific.fr,
			'',
			'**Si une jeune se confie :**',
			'- Écouter calmement, la croire, la remercier de sa confiance.',
			'- Ne pas enquêter ni demander de détails.',
			'- Ne pas promettre le secret. Expliquer qui doit être informé et pourquoi : au Québec, toute personne qui a un motif raisonnable de croire qu’une personne de moins de 18 ans est victime d’abus ou d’exploitation sexuelle doit le signaler au Directeur de la protection de la jeunesse, la DPJ (Loi sur la protection de la jeunesse, art. 39).',
			'- Suivre la procédure de l’organisation.',
			'- Offrir les ressources d’aide.',
			'- Noter seulement ce que la procédure demande.'
		),
		en: md(
			specific.en,
			'',
			'**If a young person discloses:**',
			'- Listen calmly, believe her, thank her for trusting you.',
			'- Do not investigate or ask for details.',
			'- Do not promise secrecy. Explain who must be told and why: in Quebec, anyone who has reasonable grounds to believe that a person under 18 is being sexually abused or exploited must report it to the Director of Youth Protection, the DPJ (Youth Protection Act, s. 39).',
			'- Follow your organisation’s procedure.',
			'- Offer help resources.',
			'- Write down only what the procedure requires.'
		)
	};
}

const NO_WARNING: Localized = { fr: '', en: '' };

// Workshop 1

const selfEsteem: Workshop = {
	id: 'w1-self-esteem',
	title: { fr: 'L’estime de soi : ce qui est bon en moi', en: 'Self-esteem: what is good in me' },
	objectives: {
		fr: md(
			'- Reconnaître ses forces et ses qualités, même les petites.',
			'- Séparer la valeur d’une personne de son apparence, de ses résultats et de ce que les autres lui donnent.',
			'- S’exercer à se parler avec bienveillance.',
			'- Créer l’entente de groupe qui servira pour les six ateliers.',
			'- Savoir où trouver de l’aide.'
		),
		en: md(
			'- Recognise one’s strengths and qualities, small ones included.',
			'- Separate a person’s worth from her looks, her results and what others give her.',
			'- Practise a kind way of talking to oneself.',
			'- Build the group agreement that will carry through all six workshops.',
			'- Know where to find help.'
		)
	},
	durationMinutes: 75,
	materials: {
		fr: md(
			'- Grandes feuilles et crayons-feutres',
			'- Une liste de forces imprimée ou affichée (voir l’activité « Mes forces »)',
			'- Le journal de bord (cahier papier ou application), un par jeune',
			'- La carte des ressources d’aide, une par jeune',
			'- Des cartons numérotés de 1 à 5 si les jeunes n’ont pas d’appareil'
		),
		en: md(
			'- Flip-chart paper and markers',
			'- A list of strengths, printed or on the wall (see the “My strengths” activity)',
			'- The logbook (paper notebook or app), one per participant',
			'- The help resources card, one per participant',
			'- Cards numbered 1 to 5 if participants have no device'
		)
	},
	contentWarning: NO_WARNING,
	activities: [
		{
			id: 'w1-a1-welcome',
			kind: 'discussion',
			title: { fr: 'Bienvenue et entente de groupe', en: 'Welcome and group agreement' },
			participantText: {
				fr: md(
					'Bienvenue ! Ici, on apprend ensemble, sans jugement.',
					'',
					'Aujourd’hui, on crée notre entente de groupe. Ce sont les règles qui nous aident à nous sentir bien ici.',
					'',
					'- Tu peux toujours passer ton tour.',
					'- Tu peux sortir un moment si tu en as besoin.',
					'- Tu n’as jamais à raconter ta vie.',
					'',
					'Ce qui se dit ici reste ici. Sauf une chose : si quelqu’un est en danger, les adultes doivent en parler à des personnes qui peuvent aider. C’est pour protéger, pas pour punir.'
				),
				en: md(
					'Welcome! Here, we learn together. No one judges.',
					'',
					'Today, we make our group agreement. These are the rules that help us feel OK here.',
					'',
					'- You can always pass.',
					'- You can step out for a moment if you need to.',
					'- You never have to tell your own story.',
					'',
					'What is said here stays here. There is one exception: if someone is in danger, the adults must tell people who can help. This is to protect, not to punish.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Créer un climat de sécurité dès la première minute. Bâtir avec le groupe une entente qui servira pour les six ateliers. Expliquer les limites de la confidentialité avant tout contenu.',
					en: 'Create a sense of safety from the first minute. Build with the group an agreement that will serve for all six workshops. Explain the limits of confidentiality before any content.'
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Accueillir chaque jeune par son pseudonyme. Présenter l’équipe et le déroulement de l’atelier.',
						'2. **2–4 min** — Expliquer les trois règles de base : on peut passer, on peut sortir, personne n’a à raconter son histoire. Montrer qui, dans l’équipe, est disponible pour parler en privé, et où.',
						'3. **4–6 min** — Expliquer la confidentialité en mots simples : ce qui se dit reste dans le groupe, sauf si une jeune est en danger. Dans ce cas, les adultes doivent en parler à la DPJ ou à des personnes qui peuvent aider. Dire que c’est pour protéger, pas pour punir, et qu’on en parlera toujours d’abord avec la jeune quand c’est possible.',
						'4. **6–11 min** — Poser les questions une à une. Écrire les idées sur une grande feuille, avec les mots du groupe.',
						'5. **11–12 min** — Relire l’entente. Demander si tout le monde peut vivre avec. Garder la feuille pour les prochains ateliers.'
					),
					en: md(
						'1. **0–2 min** — Greet each participant by her pseudonym. Introduce the team and the plan for the session.',
						'2. **2–4 min** — Explain the three basic rules: you can pass, you can step out, no one has to tell her story. Show who on the team is available to talk privately, and where.',
						'3. **4–6 min** — Explain confidentiality in plain words: what is said stays in the group, unless someone is in danger. Then the adults must tell the DPJ or people who can help. Say that this is to protect, not to punish, and that whenever possible the young person will be told first.',
						'4. **6–11 min** — Ask the questions one at a time. Write the ideas on flip-chart paper, in the group’s own words.',
						'5. **11–12 min** — Read the agreement back. Ask whether everyone can live with it. Keep the sheet for the next workshops.'
					)
				},
				watchFor: {
					fr: 'Les jeunes qui restent en retrait : c’est permis, ne pas insister. Les règles punitives proposées par le groupe (« on exclut celle qui… ») : les reformuler en besoins (« on a besoin de se sentir respectées »). Une réaction forte à l’explication sur la DPJ : certaines jeunes ont déjà vécu un signalement. Reconnaître que ça peut faire peur et offrir d’en parler en privé.',
					en: 'Participants who stay quiet: that is allowed, do not push. Punitive rules suggested by the group (“we kick out anyone who…”): turn them into needs (“we need to feel respected”). A strong reaction to the DPJ explanation: some youth have already lived through a report. Acknowledge that it can feel scary and offer to talk about it privately.'
				},
				disclosure: disclosure({
					fr: 'Ce moment sert justement à annoncer les limites de la confidentialité, avant que quiconque se confie. Si une jeune commence à raconter une situation personnelle devant le groupe, l’arrêter avec douceur et lui offrir de parler en privé tout de suite après.',
					en: 'This is the moment to state the limits of confidentiality, before anyone confides. If a participant starts telling a personal situation in front of the group, gently stop her and offer to talk privately right after.'
				})
			},
			durationMinutes: 12,
			adaptations: {
				rehabilitation: {
					fr: 'En unité, les jeunes se connaissent et vivent ensemble. Partir des règles de vie de l’unité et les adapter plutôt que d’en créer de nouvelles. Préciser avec qui l’équipe partage l’information (l’intervenante ou l’intervenant de suivi) et selon quelle procédure. Éviter d’asseoir côte à côte des jeunes en conflit ouvert.',
					en: 'In a unit, the youth know each other and live together. Start from the unit’s house rules and adapt them rather than inventing new ones. Say with whom the team shares information (the youth’s caseworker) and under which procedure. Avoid seating youth who are in open conflict side by side.'
				},
				community: {
					fr: 'La participation est volontaire et le groupe peut changer d’une fois à l’autre. Afficher l’entente et la relire au début de chaque atelier. Préciser la procédure de l’organisme si une jeune est en danger, et prévoir un lieu calme où une personne de l’équipe peut la rejoindre.',
					en: 'Attendance is voluntary and the group may change from one session to the next. Post the agreement and read it again at the start of each workshop. Know the organisation’s procedure if a young person is in danger, and plan a quiet spot where a team member can join her.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'De quoi as-tu besoin pour te sentir bien dans un groupe ?',
						en: 'What do you need to feel OK in a group?'
					},
					{
						fr: 'Qu’est-ce qu’on fait quand quelqu’un n’a pas envie de parler ?',
						en: 'What do we do when someone doesn’t want to talk?'
					},
					{
						fr: 'Comment on se montre du respect, même quand on n’est pas d’accord ?',
						en: 'How do we show respect, even when we disagree?'
					},
					{
						fr: 'Quel signal on utilise pour dire « j’ai besoin d’une pause » ?',
						en: 'What signal can we use to say “I need a break”?'
					}
				]
			}
		},
		{
			id: 'w1-a2-check-in',
			kind: 'check-in',
			title: { fr: 'Ma météo intérieure', en: 'My inner weather' },
			participantText: {
				fr: md(
					'Comment tu te sens aujourd’hui ?',
					'',
					'Choisis un chiffre de 1 à 5. Le 1, c’est l’orage. Le 5, c’est le grand soleil.',
					'',
					'Tu peux aussi passer. Tu n’as pas à expliquer ton choix.'
				),
				en: md(
					'How do you feel today?',
					'',
					'Choose a number from 1 to 5. 1 is a storm. 5 is full sun.',
					'',
					'You can also pass. You don’t have to explain your answer.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Donner à chaque jeune une façon simple de dire comment elle va, sans avoir à s’expliquer. Aider l’équipe à ajuster le rythme de l’atelier.',
					en: 'Give each participant a simple way to say how she is, without having to explain. Help the team adjust the pace of the workshop.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’échelle : 1, l’orage ; 5, le grand soleil.',
						'2. **1–3 min** — Chaque jeune répond avec ses doigts, un carton ou son appareil, ou passe.',
						'3. **3–5 min** — Remercier le groupe. Nommer la météo générale sans viser personne : « On a un peu de tout aujourd’hui, et c’est correct. »'
					),
					en: md(
						'1. **0–1 min** — Present the scale: 1 is a storm, 5 is full sun.',
						'2. **1–3 min** — Each participant answers with her fingers, a card or her device, or passes.',
						'3. **3–5 min** — Thank the group. Name the overall weather without pointing at anyone: “We have a bit of everything today, and that’s OK.”'
					)
				},
				watchFor: {
					fr: 'Une jeune qui répond 1 ou qui semble très loin : aller la voir discrètement pendant une transition, sans l’interroger devant le groupe. Des jeunes qui copient la réponse de leur voisine : rappeler qu’il n’y a pas de bonne réponse.',
					en: 'A participant who answers 1 or seems far away: check in with her quietly during a transition, never in front of the group. Participants who copy their neighbour’s answer: remind them there is no right answer.'
				},
				disclosure: disclosure({
					fr: 'Ne jamais demander devant le groupe pourquoi une jeune a choisi un chiffre bas. Offrir un moment en privé, sans insister.',
					en: 'Never ask in front of the group why someone chose a low number. Offer a private moment, without pushing.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Si les appareils ne sont pas permis dans l’unité, utiliser les doigts ou des cartons. Tenir compte de ce qui s’est passé dans l’unité juste avant (conflit, retour de sortie, mauvaise nouvelle) et ralentir au besoin.',
					en: 'If devices are not allowed in the unit, use fingers or cards. Take into account what happened in the unit just before (a conflict, a return from an outing, bad news) and slow down if needed.'
				},
				community: {
					fr: 'Certaines jeunes arrivent de l’école ou d’une longue journée. Prévoir une collation et une arrivée souple ; le tour de météo peut se faire pendant qu’elles s’installent.',
					en: 'Some participants arrive straight from school or a long day. Plan a snack and a flexible arrival; the check-in can happen while they settle in.'
				}
			},
			settings: {
				question: {
					fr: 'Quelle est ta météo intérieure aujourd’hui ?',
					en: 'What is your inner weather today?'
				},
				scale: 5
			}
		},
		{
			id: 'w1-a3-strengths',
			kind: 'discussion',
			title: { fr: 'Mes forces', en: 'My strengths' },
			participantText: {
				fr: md(
					'Tout le monde a des forces. Une force, c’est quelque chose de bon en toi. Par exemple : avoir de l’humour, savoir écouter, avoir du courage, ne pas lâcher, aider les autres, créer des choses.',
					'',
					'Regarde la liste. Laquelle te ressemble ? Il peut y en avoir une, plusieurs, ou aucune pour l’instant. C’est correct.',
					'',
					'Tu choisis ce que tu dis au groupe. Tu peux écrire ta réponse au lieu de la dire. Tu peux aussi passer ton tour.'
				),
				en: md(
					'Everyone has strengths. A strength is something good in you. For example: being funny, listening well, being brave, not giving up, helping others, making things.',
					'',
					'Look at the list. Which one sounds like you? It can be one, a few, or none for now. That’s OK.',
					'',
					'You choose what you share with the group. You can write your answer instead of saying it. You can also pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Aider chaque jeune à nommer au moins une force, si elle le veut. Séparer la valeur d’une personne de son apparence, de ses résultats et de l’approbation des autres. Ce travail prépare les ateliers 4 et 5 : savoir ce que l’on vaut aide à reconnaître la flatterie qui cache une demande.',
					en: 'Help each participant name at least one strength, if she wants to. Separate a person’s worth from her looks, her results and other people’s approval. This prepares workshops 4 and 5: knowing your worth helps you spot flattery that hides a request.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Afficher ou distribuer une liste d’une vingtaine de forces : humour, courage, patience, créativité, loyauté, écoute, sens de la justice, débrouillardise, douceur, franchise, etc.',
						'2. **3–7 min** — Question 1, à voix haute. Accepter toutes les réponses, même les personnages de séries ou de jeux.',
						'3. **7–12 min** — Question 2 : chaque jeune peut nommer une force, l’écrire sans la dire, ou passer.',
						'4. **12–15 min** — Question 3, en duo ou en grand groupe, au choix du groupe.',
						'5. **15–18 min** — Question 4, en grand groupe. Conclure : « Ta valeur ne s’achète pas et ne se gagne pas. Elle est déjà là. »'
					),
					en: md(
						'1. **0–3 min** — Post or hand out a list of about twenty strengths: humour, courage, patience, creativity, loyalty, listening, a sense of fairness, resourcefulness, gentleness, honesty, and so on.',
						'2. **3–7 min** — Question 1, out loud. Accept every answer, including characters from shows or games.',
						'3. **7–12 min** — Question 2: each participant can name a strength, write it without saying it, or pass.',
						'4. **12–15 min** — Question 3, in pairs or as a whole group, as the group prefers.',
						'5. **15–18 min** — Question 4, as a whole group. Close with: “Your worth can’t be bought and doesn’t have to be earned. It is already there.”'
					)
				},
				watchFor: {
					fr: 'Une jeune qui dit « je n’ai aucune force » : ne pas la contredire de force ni insister. Dire que c’est une réponse permise, et que le groupe pourra l’aider plus tard si elle le veut. Les compliments sur l’apparence entre jeunes : les accueillir, puis ramener vers les qualités. Les moqueries : revenir à l’entente de groupe.',
					en: 'A participant who says “I have no strengths”: do not argue or push. Say that this answer is allowed, and that the group can help her later if she wants. Compliments about looks between participants: welcome them, then steer back to qualities. Teasing: go back to the group agreement.'
				},
				disclosure: disclosure({
					fr: 'La question sur la valeur peut faire surgir des souvenirs de paroles blessantes ou d’échanges (« il me donnait des choses parce que… »). Accueillir sans demander de détails et proposer un moment en privé.',
					en: 'The question about worth may bring back hurtful words or exchanges (“he gave me things because…”). Acknowledge it without asking for details and offer a private moment.'
				})
			},
			durationMinutes: 18,
			adaptations: {
				rehabilitation: {
					fr: 'Plusieurs jeunes ont entendu beaucoup de messages négatifs sur elles-mêmes. Avec leur accord, une personne de l’équipe de l’unité peut nommer une force qu’elle observe au quotidien. Éviter toute comparaison entre jeunes (niveaux, privilèges, comportements).',
					en: 'Many of the youth have heard a lot of negative messages about themselves. With their agreement, a staff member from the unit can name a strength she sees in daily life. Avoid any comparison between youth (levels, privileges, behaviour).'
				},
				community: {
					fr: 'Si le groupe est nouveau, faire l’activité en petits groupes. Une jeune peut écrire sa force sur un papier plutôt que de la dire.',
					en: 'If the group is new, do the activity in small groups. A participant can write her strength on a piece of paper rather than say it.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Pense à une personne que tu admires. Elle peut être réelle ou inventée. Quelle force a-t-elle ?',
						en: 'Think of someone you admire. They can be real or made up. What strength do they have?'
					},
					{
						fr: 'Quelle force de la liste te ressemble un peu ?',
						en: 'Which strength on the list sounds a bit like you?'
					},
					{
						fr: 'Nomme une petite chose que tu as réussie cette semaine. Les petites choses comptent.',
						en: 'Name one small thing you did well this week. Small things count.'
					},
					{
						fr: 'Est-ce que ta valeur dépend de tes notes, de ton look ou du nombre de « j’aime » ? Pourquoi ?',
						en: 'Does your worth depend on your grades, your looks or how many likes you get? Why?'
					}
				]
			}
		},
		{
			id: 'w1-a4-kind-voice',
			kind: 'reflection',
			title: { fr: 'La voix bienveillante', en: 'The kind voice' },
			participantText: {
				fr: md(
					'Tout le monde a une petite voix dans sa tête. Parfois, elle est dure avec nous.',
					'',
					'Imagine que ta meilleure amie vit une journée difficile. Qu’est-ce que tu lui dirais ?',
					'',
					'Maintenant, écris-toi la même chose, à toi.',
					'',
					'Ton journal de bord est privé. Personne d’autre ne le lit, sauf si tu choisis de montrer une page. Tu peux aussi dessiner, ou juste y penser dans ta tête. Tu peux passer si tu préfères.'
				),
				en: md(
					'Everyone has a little voice in their head. Sometimes it is hard on us.',
					'',
					'Imagine your best friend is having a hard day. What would you tell her?',
					'',
					'Now write the same thing to yourself.',
					'',
					'Your logbook is private. No one else reads it, unless you choose to show a page. You can also draw, or just think about it. You can pass if you prefer.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'S’exercer à un discours intérieur bienveillant. Montrer que le journal de bord est un espace privé et sûr, qui servira dans les six ateliers.',
					en: 'Practise kind self-talk. Show that the logbook is a private, safe space that will be used in all six workshops.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Présenter la petite voix intérieure avec un exemple neutre : « J’ai raté mon examen, je suis nulle » devient « C’était difficile. Je peux demander de l’aide. »',
						'2. **3–5 min** — Rappeler que le journal est privé et que personne ne le lira sans permission.',
						'3. **5–13 min** — Temps d’écriture calme. Musique douce si le groupe aime. Dessiner ou réfléchir est aussi permis.',
						'4. **13–15 min** — Proposer, sans insister, de dire en un mot comment c’était. Ne jamais demander de lire à voix haute.'
					),
					en: md(
						'1. **0–3 min** — Introduce the inner voice with a neutral example: “I failed my test, I’m useless” becomes “That was hard. I can ask for help.”',
						'2. **3–5 min** — Remind the group that the logbook is private and no one will read it without permission.',
						'3. **5–13 min** — Quiet writing time. Soft music if the group likes it. Drawing or just thinking is also fine.',
						'4. **13–15 min** — Invite, without pushing, a one-word comment on how it felt. Never ask anyone to read aloud.'
					)
				},
				watchFor: {
					fr: 'Les jeunes pour qui écrire est difficile : proposer de dessiner ou d’écrire un seul mot. Une jeune qui écrit des choses très dures sur elle-même ou qui semble en détresse : aller la voir discrètement après l’activité. Ne jamais ramasser ni lire les journaux.',
					en: 'Participants for whom writing is hard: suggest drawing or writing a single word. A participant who writes very harsh things about herself or seems distressed: check in with her quietly after the activity. Never collect or read the logbooks.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune choisit de montrer une page qui révèle un danger, la lire seule avec elle, jamais devant le groupe.',
					en: 'If a participant chooses to show a page that reveals danger, read it alone with her, never in front of the group.'
				})
			},
			durationMinutes: 15,
			adaptations: {
				rehabilitation: {
					fr: 'Vérifier les règles de l’unité sur les cahiers et le matériel d’écriture. Convenir à l’avance avec l’unité que les journaux ne sont ni lus ni fouillés, et le dire aux jeunes seulement si c’est vrai.',
					en: 'Check the unit’s rules on notebooks and writing materials. Agree ahead of time with the unit that logbooks are not read or searched, and tell the youth so only if it is true.'
				},
				community: {
					fr: 'Offrir un cahier ou l’application. Certaines jeunes ne peuvent pas rapporter un cahier à la maison sans risque : proposer de le garder à l’organisme, dans une enveloppe fermée marquée de leur pseudonyme.',
					en: 'Offer a notebook or the app. Some participants cannot safely bring a notebook home: offer to keep it at the organisation, in a sealed envelope marked with their pseudonym.'
				}
			},
			settings: {
				prompt: {
					fr: 'Écris-toi un petit message, comme à une amie que tu aimes. Tu peux commencer par « Tu as le droit de… », « Bravo pour… » ou « Ce que j’aime chez toi, c’est… ».',
					en: 'Write yourself a short message, the way you would to a friend you love. You can start with “You have the right to…”, “Well done for…” or “What I like about you is…”.'
				}
			}
		},
		{
			id: 'w1-a5-grounding',
			kind: 'grounding',
			title: { fr: 'Revenir ici : 5-4-3-2-1', en: 'Back to here: 5-4-3-2-1' },
			participantText: {
				fr: md(
					'On prend un moment pour revenir dans la pièce, ici et maintenant.',
					'',
					'Tu peux garder les yeux ouverts. Tu peux suivre, ou juste te reposer. C’est toi qui choisis.'
				),
				en: md(
					'Let’s take a moment to come back to the room, here and now.',
					'',
					'You can keep your eyes open. You can follow along, or just rest. You choose.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Faire baisser la tension avant la fin de l’atelier. Donner un outil simple que chaque jeune peut utiliser seule, n’importe où.',
					en: 'Lower the tension before the end of the workshop. Give a simple tool each participant can use on her own, anywhere.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’exercice. Dire qu’on peut garder les yeux ouverts et ne rien dire à voix haute.',
						'2. **1–5 min** — Lire les étapes lentement, avec des pauses.',
						'3. **5–6 min** — Demander qui aimerait garder cet outil, sans obligation de répondre.'
					),
					en: md(
						'1. **0–1 min** — Introduce the exercise. Say that eyes can stay open and nothing needs to be said out loud.',
						'2. **1–5 min** — Read the steps slowly, with pauses.',
						'3. **5–6 min** — Ask who would like to keep this tool, with no need to answer.'
					)
				},
				watchFor: {
					fr: 'Ne jamais demander de fermer les yeux. Une jeune qui devient agitée ou absente : lui proposer de marcher, de boire de l’eau ou de tenir un objet froid. Certaines odeurs ou certains sons peuvent rappeler des souvenirs : l’étape des odeurs est facultative.',
					en: 'Never ask anyone to close her eyes. A participant who becomes agitated or seems absent: suggest walking, drinking water or holding something cold. Some smells or sounds can bring back memories: the smell step is optional.'
				},
				disclosure: disclosure({
					fr: 'Un exercice calme peut faire remonter des émotions. Si une jeune pleure ou se confie, une personne de l’équipe l’accompagne à l’écart pendant que l’autre poursuit avec le groupe.',
					en: 'A calm exercise can bring emotions up. If a participant cries or confides, one team member goes with her to a quiet spot while the other continues with the group.'
				})
			},
			durationMinutes: 6,
			adaptations: {
				rehabilitation: {
					fr: 'Intégrer les bruits de l’unité (portes, radios, pas) à l’exercice plutôt que de les combattre : « Quels sons entends-tu ? »',
					en: 'Include the unit’s noises (doors, radios, footsteps) in the exercise rather than fighting them: “What sounds can you hear?”'
				},
				community: {
					fr: 'Si la salle est bruyante ou partagée, choisir une version courte : pieds au sol, trois choses que l’on voit, une respiration.',
					en: 'If the room is noisy or shared, use a short version: feet on the floor, three things you see, one breath.'
				}
			},
			settings: {
				steps: [
					{
						fr: 'Pose tes pieds sur le sol. Sens le sol sous toi.',
						en: 'Put your feet on the floor. Feel the floor under you.'
					},
					{
						fr: 'Regarde autour de toi. Nomme dans ta tête 5 choses que tu vois.',
						en: 'Look around. In your head, name 5 things you can see.'
					},
					{
						fr: 'Trouve 4 choses que tu peux toucher : ta chaise, tes vêtements, tes mains…',
						en: 'Find 4 things you can touch: your chair, your clothes, your hands…'
					},
					{ fr: 'Écoute 3 sons autour de toi.', en: 'Listen for 3 sounds around you.' },
					{
						fr: 'Pense à 2 odeurs que tu aimes. Tu peux sauter cette étape.',
						en: 'Think of 2 smells you like. You can skip this step.'
					},
					{
						fr: 'Prends 1 respiration lente, à ton rythme. Tu es ici, maintenant.',
						en: 'Take 1 slow breath, at your own pace. You are here, now.'
					}
				]
			}
		},
		{
			id: 'w1-a6-remember',
			kind: 'discussion',
			title: {
				fr: 'À retenir et où trouver de l’aide',
				en: 'What to remember and where to get help'
			},
			participantText: {
				fr: md(
					'**À retenir :**',
					'- Tu as des forces, même les jours où tu ne les vois pas.',
					'- Ta valeur ne dépend pas des « j’aime », de ton look ou de ce qu’on te donne.',
					'- Tu mérites du respect, sans rien devoir en échange.',
					'',
					'**Si tu as besoin de parler**, va voir une personne de l’équipe. Tu peux aussi appeler ou écrire, pour toi ou pour une amie :',
					HELP_LINES.fr,
					'',
					'Tu peux répondre aux questions ou passer ton tour.'
				),
				en: md(
					'**What to remember:**',
					'- You have strengths, even on days when you can’t see them.',
					'- Your worth does not depend on likes, on your looks or on what people give you.',
					'- You deserve respect, without owing anything in return.',
					'',
					'**If you need to talk**, go to someone on the team. You can also call or text, for yourself or for a friend:',
					HELP_LINES.en,
					'',
					'You can answer the questions or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Résumer les idées clés. S’assurer que chaque jeune repart en sachant où trouver de l’aide.',
					en: 'Sum up the key ideas. Make sure each participant leaves knowing where to find help.'
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Lire les trois idées à retenir.',
						'2. **2–5 min** — Présenter les ressources d’aide et remettre la carte à chaque jeune, ou montrer où les trouver dans l’application. Dire qu’on peut appeler pour soi ou pour une amie.',
						'3. **5–8 min** — Poser les questions en tour de table ; on peut passer.'
					),
					en: md(
						'1. **0–2 min** — Read the three ideas to remember.',
						'2. **2–5 min** — Present the help resources and give each participant the card, or show where to find them in the app. Say that you can call for yourself or for a friend.',
						'3. **5–8 min** — Go around the circle with the questions; anyone can pass.'
					)
				},
				watchFor: {
					fr: 'Une jeune qui refuse la carte : ne pas insister. Certaines ne peuvent pas la rapporter à la maison sans risque. Proposer de retenir un numéro ou de le retrouver dans l’application.',
					en: 'A participant who refuses the card: do not insist. Some cannot safely bring it home. Suggest remembering one number or finding it in the app.'
				},
				disclosure: disclosure({
					fr: 'Après avoir parlé d’aide, certaines jeunes viennent se confier à la fin. Garder du temps après l’atelier pour cela.',
					en: 'After talking about help, some participants come to confide at the end. Keep time after the workshop for this.'
				})
			},
			durationMinutes: 8,
			adaptations: {
				rehabilitation: {
					fr: 'Ajouter les personnes-ressources de l’unité et la façon de les joindre. Vérifier, selon les règles de l’unité, comment les jeunes peuvent accéder à un téléphone pour joindre une ligne d’aide.',
					en: 'Add the unit’s contact people and how to reach them. Check, under the unit’s rules, how youth can get access to a phone to reach a help line.'
				},
				community: {
					fr: 'Ajouter les ressources de l’organisme (heures d’ouverture, personne à joindre). Rappeler que l’aide est disponible aussi entre les ateliers.',
					en: 'Add the organisation’s own resources (opening hours, who to contact). Remind the group that help is also there between workshops.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quelle idée veux-tu garder d’aujourd’hui ?',
						en: 'Which idea do you want to keep from today?'
					},
					{
						fr: 'Qui, dans ta vie, te rappelle tes forces ?',
						en: 'Who in your life reminds you of your strengths?'
					}
				]
			}
		},
		{
			id: 'w1-a7-check-out',
			kind: 'check-in',
			title: { fr: 'Ma météo de départ', en: 'My weather as I leave' },
			participantText: {
				fr: md(
					'Comment tu te sens maintenant ? Choisis un chiffre de 1 à 5, ou passe.',
					'',
					'Merci d’avoir été là aujourd’hui, peu importe comment tu as participé.'
				),
				en: md(
					'How do you feel now? Choose a number from 1 to 5, or pass.',
					'',
					'Thank you for being here today, however you took part.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Terminer sur une note calme. Repérer les jeunes qui pourraient avoir besoin d’un suivi.',
					en: 'End on a calm note. Notice who might need a follow-up.'
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Même échelle qu’au début.',
						'2. **2–4 min** — Remercier chaque jeune de sa présence. Annoncer le thème du prochain atelier : la connaissance de soi.',
						'3. **4–5 min** — Rappeler que l’équipe reste disponible après l’atelier.'
					),
					en: md(
						'1. **0–2 min** — Same scale as at the start.',
						'2. **2–4 min** — Thank each participant for coming. Announce the next theme: self-awareness.',
						'3. **4–5 min** — Remind the group that the team stays available after the workshop.'
					)
				},
				watchFor: {
					fr: 'Une jeune dont la météo a baissé entre le début et la fin : prendre de ses nouvelles en privé avant qu’elle parte, et informer l’équipe selon la procédure.',
					en: 'A participant whose weather dropped between the start and the end: check on her privately before she leaves, and inform the team under the procedure.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune demande à parler à la fin, prendre le temps, dans un lieu calme, en informant une autre personne de l’équipe.',
					en: 'If a participant asks to talk at the end, take the time, in a quiet place, and let another team member know.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Transmettre à l’équipe de l’unité, selon la procédure, les besoins de suivi repérés, sans rapporter ce que les jeunes ont dit dans le groupe.',
					en: 'Pass on to the unit team, under the procedure, any follow-up needs you noticed, without repeating what the youth said in the group.'
				},
				community: {
					fr: 'Vérifier que chaque jeune sait comment elle rentre. Si une jeune ne veut pas partir, prendre le temps d’en parler avec elle.',
					en: 'Check that each participant knows how she is getting home. If someone does not want to leave, take the time to talk with her about it.'
				}
			},
			settings: {
				question: {
					fr: 'Quelle est ta météo intérieure maintenant ?',
					en: 'What is your inner weather now?'
				},
				scale: 5
			}
		}
	]
};

// Workshop 2

const selfAwareness: Workshop = {
	id: 'w2-self-awareness',
	title: {
		fr: 'La connaissance de soi : ce qui compte pour moi',
		en: 'Self-awareness: what matters to me'
	},
	objectives: {
		fr: md(
			'- Nommer ses valeurs, ses goûts et ses besoins.',
			'- Reconnaître ses émotions et les signaux de son corps.',
			'- Comprendre que la « petite alarme intérieure » mérite d’être écoutée, et que ce n’est jamais la faute d’une jeune si elle n’a pas sonné.',
			'- Repérer ce qui aide à se calmer, et vers qui se tourner.'
		),
		en: md(
			'- Name one’s values, likes and needs.',
			'- Recognise one’s emotions and the body’s signals.',
			'- Understand that the “inner alarm” deserves to be heard, and that it is never a young person’s fault if it did not go off.',
			'- Identify what helps to calm down, and who to turn to.'
		)
	},
	durationMinutes: 75,
	materials: {
		fr: md(
			'- L’entente de groupe de l’atelier 1',
			'- Une liste de valeurs imprimée ou affichée (respect, famille, liberté, amitié, justice, honnêteté, loyauté, s’amuser, apprendre, aider, créer, être en sécurité…)',
			'- Une grande silhouette dessinée sur une feuille, pour l’activité sur le corps',
			'- Des papillons adhésifs et des crayons',
			'- Le journal de bord et la carte des ressources d’aide'
		),
		en: md(
			'- The group agreement from workshop 1',
			'- A list of values, printed or on the wall (respect, family, freedom, friendship, fairness, honesty, loyalty, having fun, learning, helping, creating, being safe…)',
			'- A large outline of a body drawn on flip-chart paper, for the body activity',
			'- Sticky notes and pens',
			'- The logbook and the help resources card'
		)
	},
	contentWarning: NO_WARNING,
	activities: [
		{
			id: 'w2-a1-welcome',
			kind: 'discussion',
			title: { fr: 'Bon retour parmi nous', en: 'Welcome back' },
			participantText: {
				fr: md(
					'Ça fait plaisir de te revoir ! Aujourd’hui, on parle de toi : ce que tu aimes, ce qui compte pour toi, ce que tu ressens.',
					'',
					'On relit notre entente de groupe. Tu peux toujours passer ton tour ou sortir un moment. Personne n’a à raconter sa vie.'
				),
				en: md(
					'Good to see you again! Today, we talk about you: what you like, what matters to you, what you feel.',
					'',
					'We read our group agreement again. You can always pass or step out for a moment. No one has to tell their story.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Recréer le climat de sécurité. Réactiver l’entente de groupe et accueillir les nouvelles participantes, s’il y en a.',
					en: 'Rebuild the sense of safety. Bring the group agreement back and welcome any new participants.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Accueillir chaque jeune. Présenter le thème et le déroulement.',
						'2. **3–6 min** — Relire l’entente. Rappeler la limite de la confidentialité (danger = on doit en parler à des personnes qui peuvent aider) en une phrase.',
						'3. **6–10 min** — Poser les deux questions. La deuxième est un jeu léger : chacune peut nommer une chanson, ou passer.'
					),
					en: md(
						'1. **0–3 min** — Greet each participant. Present the theme and the plan.',
						'2. **3–6 min** — Read the agreement again. Restate the limit of confidentiality (danger means we must tell people who can help) in one sentence.',
						'3. **6–10 min** — Ask the two questions. The second is a light game: anyone can name a song, or pass.'
					)
				},
				watchFor: {
					fr: 'Une nouvelle participante : lui présenter l’entente et les règles de base avant de commencer. Les chansons qui glorifient le contrôle ou la violence : ne pas faire de débat maintenant, noter l’idée pour l’atelier 4.',
					en: 'A new participant: go over the agreement and basic rules with her before starting. Songs that glamorise control or violence: no debate now, note the idea for workshop 4.'
				},
				disclosure: disclosure({
					fr: 'Entre deux ateliers, il peut s’être passé des choses. Si une jeune en parle devant le groupe, l’arrêter avec douceur et lui offrir de parler en privé.',
					en: 'Things may have happened between workshops. If a participant brings them up in front of the group, gently stop her and offer to talk privately.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Vérifier avec l’équipe de l’unité s’il y a eu des événements depuis le dernier atelier (arrivée, départ, fugue, conflit) et en tenir compte, sans les nommer devant le groupe.',
					en: 'Check with the unit team whether anything happened since the last workshop (an arrival, a departure, a runaway, a conflict) and take it into account, without naming it in front of the group.'
				},
				community: {
					fr: 'Certaines jeunes ne sont peut-être pas venues la dernière fois. Résumer l’atelier 1 en deux phrases et leur remettre la carte des ressources d’aide.',
					en: 'Some participants may have missed the last session. Sum up workshop 1 in two sentences and give them the help resources card.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Relis notre entente. Veux-tu ajouter ou changer quelque chose ?',
						en: 'Read our agreement. Do you want to add or change anything?'
					},
					{
						fr: 'Petit jeu : quelle chanson te ressemble aujourd’hui ?',
						en: 'Quick game: which song feels like you today?'
					}
				]
			}
		},
		{
			id: 'w2-a2-check-in',
			kind: 'check-in',
			title: { fr: 'Ma batterie', en: 'My battery' },
			participantText: {
				fr: md(
					'Ta batterie est à combien aujourd’hui ? Le 1, c’est presque vide. Le 5, c’est pleine charge.',
					'',
					'Tu peux répondre ou passer. Tu n’as pas à expliquer.'
				),
				en: md(
					'How charged is your battery today? 1 is almost empty. 5 is fully charged.',
					'',
					'You can answer or pass. You don’t have to explain.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Prendre le pouls du groupe sans exposer personne. Préparer le thème du jour : remarquer ce que l’on ressent.',
					en: 'Take the group’s pulse without exposing anyone. Prepare today’s theme: noticing what one feels.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’échelle de la batterie.',
						'2. **1–3 min** — Réponses avec les doigts, un carton ou l’appareil ; on peut passer.',
						'3. **3–5 min** — Faire le lien : « Remarquer son énergie, c’est déjà se connaître. C’est ce qu’on fait aujourd’hui. »'
					),
					en: md(
						'1. **0–1 min** — Present the battery scale.',
						'2. **1–3 min** — Answers with fingers, a card or a device; anyone can pass.',
						'3. **3–5 min** — Make the link: “Noticing your energy is already knowing yourself. That’s what we do today.”'
					)
				},
				watchFor: {
					fr: 'Une batterie très basse chez plusieurs jeunes : raccourcir les discussions et allonger l’exercice de calme. Une jeune à 1 : prendre de ses nouvelles discrètement.',
					en: 'Very low batteries across the group: shorten the discussions and lengthen the calming exercise. A participant at 1: check on her quietly.'
				},
				disclosure: disclosure({
					fr: 'Ne pas demander devant le groupe pourquoi une batterie est basse. Offrir un moment en privé, sans insister.',
					en: 'Do not ask in front of the group why a battery is low. Offer a private moment, without pushing.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Utiliser des cartons si les appareils ne sont pas permis. Une batterie basse peut venir de la vie de l’unité (sommeil, médication, visites) : ne pas l’interpréter devant le groupe.',
					en: 'Use cards if devices are not allowed. A low battery may come from unit life (sleep, medication, visits): do not interpret it in front of the group.'
				},
				community: {
					fr: 'Faire le tour de météo pendant la collation si les jeunes arrivent à des heures différentes.',
					en: 'Do the check-in over a snack if participants arrive at different times.'
				}
			},
			settings: {
				question: {
					fr: 'Ta batterie est à combien aujourd’hui ?',
					en: 'How charged is your battery today?'
				},
				scale: 5
			}
		},
		{
			id: 'w2-a3-values',
			kind: 'discussion',
			title: { fr: 'Ce qui compte pour moi', en: 'What matters to me' },
			participantText: {
				fr: md(
					'Une valeur, c’est ce qui est important pour toi. Par exemple : le respect, la famille, la liberté, l’amitié, la justice, l’honnêteté, s’amuser, être en sécurité.',
					'',
					'Regarde la liste. Choisis tes 3 valeurs les plus importantes. Il n’y a pas de mauvaise réponse.',
					'',
					'Tes valeurs t’aident à savoir ce que tu veux, et ce que tu ne veux pas.',
					'',
					'Tu peux garder tes choix pour toi, les écrire ou les dire. Tu peux aussi passer.'
				),
				en: md(
					'A value is something that is important to you. For example: respect, family, freedom, friendship, fairness, honesty, having fun, being safe.',
					'',
					'Look at the list. Choose your top 3 values. There is no wrong answer.',
					'',
					'Your values help you know what you want, and what you don’t want.',
					'',
					'You can keep your choices to yourself, write them or say them. You can also pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Aider chaque jeune à nommer ce qui compte pour elle. Montrer que les valeurs sont des repères : quand quelqu’un nous pousse à agir contre elles, on le sent. Reconnaître que le besoin d’appartenance et de loyauté est normal et précieux ; l’atelier 5 montrera comment des personnes malveillantes peuvent s’en servir.',
					en: 'Help each participant name what matters to her. Show that values are landmarks: when someone pushes us to act against them, we feel it. Acknowledge that the need to belong and to be loyal is normal and precious; workshop 5 will show how people with bad intentions can use it.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Lire le texte. Afficher la liste de valeurs.',
						'2. **3–7 min** — Chaque jeune choisit 3 valeurs, sur un papillon adhésif ou dans sa tête.',
						'3. **7–11 min** — Question 1 en tour de table : qui veut peut nommer une valeur et dire pourquoi.',
						'4. **11–15 min** — Questions 2 et 3, en duo ou en grand groupe.',
						'5. **15–18 min** — Question 4 en grand groupe. Conclure : « Quand quelque chose va contre tes valeurs, ce malaise est une information. Tu as le droit de l’écouter. »'
					),
					en: md(
						'1. **0–3 min** — Read the text. Post the list of values.',
						'2. **3–7 min** — Each participant chooses 3 values, on a sticky note or in her head.',
						'3. **7–11 min** — Question 1 around the circle: anyone who wants to can name one value and say why.',
						'4. **11–15 min** — Questions 2 and 3, in pairs or as a whole group.',
						'5. **15–18 min** — Question 4 as a whole group. Close with: “When something goes against your values, that uneasy feeling is information. You have the right to listen to it.”'
					)
				},
				watchFor: {
					fr: 'La valeur « loyauté » ou « famille » peut être très forte chez des jeunes attachées à une personne qui leur fait du tort. Ne pas juger leurs choix ; l’accueillir comme une force. Les jeunes qui choisissent comme leurs amies : rappeler que chacune peut avoir ses propres valeurs.',
					en: 'The value “loyalty” or “family” can be very strong in youth attached to someone who harms them. Do not judge their choices; welcome it as a strength. Participants who copy their friends: remind them each person can have her own values.'
				},
				disclosure: disclosure({
					fr: 'La question 4 peut rappeler des situations où une jeune a été poussée à agir contre ses valeurs. Ne pas lui demander de raconter ; accueillir et offrir un moment en privé.',
					en: 'Question 4 may remind someone of times she was pushed to act against her values. Do not ask her to tell the story; acknowledge it and offer a private moment.'
				})
			},
			durationMinutes: 18,
			adaptations: {
				rehabilitation: {
					fr: 'Les valeurs « liberté » et « être en sécurité » peuvent sembler s’opposer en unité fermée. Accueillir cette tension sans la défendre ni la résoudre. Ne pas associer les valeurs au système de niveaux ou aux privilèges.',
					en: 'The values “freedom” and “being safe” may seem to clash in a secure unit. Acknowledge that tension without defending or resolving it. Do not link values to the level system or privileges.'
				},
				community: {
					fr: 'Proposer de noter sa liste dans l’application plutôt que d’apporter un papier à la maison.',
					en: 'Offer to note the list in the app rather than bring a paper home.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quelle valeur de ton top 3 veux-tu nommer ? Pourquoi elle compte pour toi ?',
						en: 'Which value from your top 3 would you like to name? Why does it matter to you?'
					},
					{
						fr: 'Qu’est-ce que tu aimes faire, juste pour toi ?',
						en: 'What do you like doing, just for you?'
					},
					{
						fr: 'Nomme une chose que tu ne veux pas dans ta vie.',
						en: 'Name one thing you don’t want in your life.'
					},
					{
						fr: 'Comment on peut se sentir quand quelqu’un nous pousse à faire quelque chose qui va contre nos valeurs ?',
						en: 'How might someone feel when they are pushed to do something that goes against their values?'
					}
				]
			}
		},
		{
			id: 'w2-a4-body-signals',
			kind: 'discussion',
			title: { fr: 'Ce que mon corps me dit', en: 'What my body tells me' },
			participantText: {
				fr: md(
					'Les émotions sont des messages.',
					'- La peur peut dire : attention.',
					'- La colère peut dire : ce n’est pas juste.',
					'- La tristesse peut dire : j’ai perdu quelque chose d’important.',
					'- La joie peut dire : ça me fait du bien.',
					'',
					'Ton corps parle aussi : ventre noué, cœur qui bat vite, mâchoire serrée. Parfois, tu sens une petite alarme à l’intérieur. Cette alarme mérite d’être écoutée.',
					'',
					'Parfois, l’alarme ne sonne pas. Ou on ne l’entend pas. Ce n’est jamais ta faute.',
					'',
					'Tu peux participer, écouter ou passer. Tu peux sortir un moment si tu en as besoin.'
				),
				en: md(
					'Emotions are messages.',
					'- Fear can say: watch out.',
					'- Anger can say: this is not fair.',
					'- Sadness can say: I lost something important.',
					'- Joy can say: this feels good.',
					'',
					'Your body talks too: a knot in your stomach, a racing heart, a tight jaw. Sometimes you feel a small alarm inside. That alarm deserves to be heard.',
					'',
					'Sometimes the alarm does not go off. Or we don’t hear it. That is never your fault.',
					'',
					'You can join in, listen or pass. You can step out for a moment if you need to.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Relier émotions et sensations du corps. Valoriser le « malaise » comme un signal utile. Dire clairement que l’absence d’alarme n’est jamais une faute : on peut figer, être attachée, être trompée par une personne habile.',
					en: 'Link emotions and body sensations. Value that “uneasy feeling” as a useful signal. Say clearly that a missing alarm is never a fault: people can freeze, be attached, or be fooled by someone skilled.'
				},
				howTo: {
					fr: md(
						'1. **0–4 min** — Lire le texte. Montrer la grande silhouette.',
						'2. **4–9 min** — Question 1 : chaque jeune qui le veut place un papillon adhésif là où elle sent le stress. On peut le faire sans rien dire.',
						'3. **9–13 min** — Question 2 en grand groupe.',
						'4. **13–16 min** — Question 3 : décrire la petite alarme avec des mots simples. Redire que ce n’est jamais la faute de quelqu’un si l’alarme n’a pas sonné.',
						'5. **16–18 min** — Question 4 : noter les idées pour l’activité de calme et le journal de bord.'
					),
					en: md(
						'1. **0–4 min** — Read the text. Show the large body outline.',
						'2. **4–9 min** — Question 1: anyone who wants to puts a sticky note where she feels stress. This can be done without saying a word.',
						'3. **9–13 min** — Question 2 as a whole group.',
						'4. **13–16 min** — Question 3: describe the inner alarm in simple words. Repeat that it is never anyone’s fault if the alarm did not go off.',
						'5. **16–18 min** — Question 4: note the ideas for the calming activity and the logbook.'
					)
				},
				watchFor: {
					fr: 'Parler du corps peut être difficile pour des jeunes qui ont vécu des violences. Garder la silhouette neutre et habillée, ne jamais toucher une jeune, laisser chacune placer son papillon ou non. Une jeune qui se fige, se dissocie ou rit beaucoup : ralentir, proposer de l’eau ou une pause.',
					en: 'Talking about the body can be hard for youth who have lived through violence. Keep the outline neutral and clothed, never touch a participant, and let each one place a note or not. A participant who freezes, seems absent or laughs a lot: slow down, offer water or a break.'
				},
				disclosure: disclosure({
					fr: 'La question sur la petite alarme peut rappeler une situation vécue. Si une jeune commence à la raconter, l’arrêter avec douceur, la remercier, et lui offrir de parler en privé.',
					en: 'The question about the inner alarm may bring back a lived situation. If a participant starts telling it, gently stop her, thank her, and offer to talk privately.'
				})
			},
			durationMinutes: 18,
			adaptations: {
				rehabilitation: {
					fr: 'Faire le lien avec les outils de gestion des émotions déjà utilisés dans l’unité plutôt que d’en ajouter de nouveaux. Prévenir l’équipe de l’unité que le thème peut raviver des émotions le soir même.',
					en: 'Link to the emotion tools the unit already uses rather than adding new ones. Let the unit team know that the theme may stir emotions that same evening.'
				},
				community: {
					fr: 'Si le groupe ne se connaît pas encore bien, faire la silhouette en petits groupes ou avec des papillons anonymes.',
					en: 'If the group does not know each other well yet, do the body outline in small groups or with anonymous sticky notes.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Où sens-tu le stress dans ton corps ? Tu peux le montrer sur la silhouette, sans rien dire.',
						en: 'Where do you feel stress in your body? You can show it on the outline, without saying anything.'
					},
					{
						fr: 'Choisis une émotion. Quel message peut-elle nous donner ?',
						en: 'Pick an emotion. What message might it be giving us?'
					},
					{
						fr: 'À quoi peut ressembler une « petite alarme intérieure » ? Comment on peut l’écouter ?',
						en: 'What might an “inner alarm” feel like? How can we listen to it?'
					},
					{
						fr: 'Qu’est-ce qui t’aide à te calmer quand une émotion est très forte ?',
						en: 'What helps you calm down when an emotion is very strong?'
					}
				]
			}
		},
		{
			id: 'w2-a5-grounding',
			kind: 'grounding',
			title: { fr: 'Respirer en carré', en: 'Box breathing' },
			participantText: {
				fr: md(
					'On respire ensemble, doucement. Tu peux garder les yeux ouverts.',
					'',
					'Si retenir ton souffle n’est pas agréable, respire simplement plus lentement. Tu peux aussi juste écouter. Tu choisis.'
				),
				en: md(
					'Let’s breathe together, slowly. You can keep your eyes open.',
					'',
					'If holding your breath doesn’t feel good, just breathe more slowly. You can also just listen. You choose.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Calmer le corps après une discussion sur les émotions. Offrir un outil qui se fait discrètement, n’importe où.',
					en: 'Calm the body after a discussion about emotions. Offer a tool that can be done discreetly, anywhere.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’exercice. Tracer un carré dans les airs ou sur une feuille.',
						'2. **1–5 min** — Lire les étapes lentement ; faire trois ou quatre tours.',
						'3. **5–6 min** — Demander, sans obligation, si c’était plus facile avec ou sans retenir le souffle.'
					),
					en: md(
						'1. **0–1 min** — Introduce the exercise. Draw a square in the air or on paper.',
						'2. **1–5 min** — Read the steps slowly; do three or four rounds.',
						'3. **5–6 min** — Ask, with no need to answer, whether it felt easier with or without holding the breath.'
					)
				},
				watchFor: {
					fr: 'Retenir son souffle peut rappeler une sensation d’étouffement : toujours offrir la version sans pause. Une jeune qui devient étourdie : arrêter et respirer normalement.',
					en: 'Holding the breath can feel like choking to some: always offer the version without pauses. A participant who feels dizzy: stop and breathe normally.'
				},
				disclosure: disclosure({
					fr: 'Un moment calme peut faire remonter des émotions. Si une jeune se confie, une personne de l’équipe l’accompagne à l’écart pendant que l’autre poursuit.',
					en: 'A calm moment can bring emotions up. If a participant confides, one team member goes with her to a quiet spot while the other carries on.'
				})
			},
			durationMinutes: 6,
			adaptations: {
				rehabilitation: {
					fr: 'Si l’unité utilise déjà un exercice de respiration, reprendre le même vocabulaire.',
					en: 'If the unit already uses a breathing exercise, use the same words.'
				},
				community: {
					fr: 'Proposer de faire l’exercice debout si les jeunes ont été assises longtemps.',
					en: 'Offer to do the exercise standing if participants have been sitting for a long time.'
				}
			},
			settings: {
				steps: [
					{
						fr: 'Inspire par le nez en comptant jusqu’à 4.',
						en: 'Breathe in through your nose, counting to 4.'
					},
					{
						fr: 'Garde l’air en comptant jusqu’à 4. Tu peux sauter cette étape.',
						en: 'Hold the air, counting to 4. You can skip this step.'
					},
					{
						fr: 'Expire doucement par la bouche en comptant jusqu’à 4.',
						en: 'Breathe out gently through your mouth, counting to 4.'
					},
					{
						fr: 'Attends en comptant jusqu’à 4. Tu peux sauter cette étape aussi.',
						en: 'Wait, counting to 4. You can skip this step too.'
					},
					{
						fr: 'Recommence trois fois, à ton rythme. Remarque comment ton corps se sent maintenant.',
						en: 'Do it three more times, at your own pace. Notice how your body feels now.'
					}
				]
			}
		},
		{
			id: 'w2-a6-toolbox',
			kind: 'reflection',
			title: {
				fr: 'À retenir : ma boîte à outils et où trouver de l’aide',
				en: 'To remember: my toolbox and where to get help'
			},
			participantText: {
				fr: md(
					'**À retenir :**',
					'- Tes valeurs sont tes repères.',
					'- Tes émotions et ton corps te donnent des messages.',
					'- Si l’alarme n’a pas sonné, ce n’est jamais ta faute.',
					'',
					'Dans ton journal de bord, tu peux faire ta boîte à outils. C’est privé. Personne ne le lit, sauf si tu choisis de le montrer. Tu peux aussi passer.',
					'',
					'**Si tu as besoin de parler**, va voir une personne de l’équipe, ou appelle ou écris :',
					HELP_LINES.fr
				),
				en: md(
					'**What to remember:**',
					'- Your values are your landmarks.',
					'- Your emotions and your body give you messages.',
					'- If the alarm didn’t go off, it is never your fault.',
					'',
					'In your logbook, you can make your toolbox. It is private. No one reads it, unless you choose to show it. You can also pass.',
					'',
					'**If you need to talk**, go to someone on the team, or call or text:',
					HELP_LINES.en
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Résumer l’atelier. Aider chaque jeune à préparer, en privé, des moyens de prendre soin d’elle et au moins une personne ou une ligne vers qui se tourner.',
					en: 'Sum up the workshop. Help each participant prepare, privately, ways to take care of herself and at least one person or line to turn to.'
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Lire les trois idées à retenir.',
						'2. **2–4 min** — Présenter les ressources d’aide. Rappeler qu’on peut appeler pour soi ou pour une amie.',
						'3. **4–9 min** — Temps d’écriture calme dans le journal de bord. Rappeler que c’est privé.',
						'4. **9–10 min** — Ne pas demander de lire. Proposer, à qui le veut, de nommer un outil à voix haute.'
					),
					en: md(
						'1. **0–2 min** — Read the three ideas to remember.',
						'2. **2–4 min** — Present the help resources. Remind the group that one can call for oneself or for a friend.',
						'3. **4–9 min** — Quiet writing time in the logbook. Remind them it is private.',
						'4. **9–10 min** — Do not ask anyone to read. Invite those who want to name one tool out loud.'
					)
				},
				watchFor: {
					fr: 'Une jeune qui ne trouve personne à qui parler : ne pas le souligner devant le groupe. Lui rappeler discrètement les lignes d’aide et la personne de l’équipe. Des outils qui peuvent nuire (consommer, se faire du mal) : ne pas faire de leçon devant le groupe, prendre des nouvelles en privé.',
					en: 'A participant who cannot think of anyone to talk to: do not point it out in front of the group. Quietly remind her of the help lines and the team member. Tools that may cause harm (using substances, self-harm): no lecture in front of the group; check in privately.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune choisit de montrer une page qui révèle un danger ou des idées de se faire du mal, en parler seule avec elle et suivre la procédure de l’organisation.',
					en: 'If a participant chooses to show a page that reveals danger or thoughts of self-harm, talk with her alone and follow the organisation’s procedure.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Ajouter les outils et les personnes de l’unité (intervenante de suivi, infirmière, équipe de nuit). Vérifier comment les jeunes peuvent joindre une ligne d’aide selon les règles de l’unité.',
					en: 'Add the unit’s tools and people (caseworker, nurse, night staff). Check how youth can reach a help line under the unit’s rules.'
				},
				community: {
					fr: 'Ajouter les ressources de l’organisme et leurs heures. Si une jeune ne peut pas garder son journal à la maison, offrir de le garder à l’organisme.',
					en: 'Add the organisation’s resources and hours. If a participant cannot keep her logbook at home, offer to keep it at the organisation.'
				}
			},
			settings: {
				prompt: {
					fr: 'Ma boîte à outils : écris 3 choses qui t’aident quand ça ne va pas (une chanson, une marche, un dessin, une personne…). Puis écris une personne ou une ligne d’aide que tu pourrais appeler.',
					en: 'My toolbox: write 3 things that help you when things are hard (a song, a walk, a drawing, a person…). Then write one person or help line you could call.'
				}
			}
		},
		{
			id: 'w2-a7-check-out',
			kind: 'check-in',
			title: { fr: 'Ma batterie en partant', en: 'My battery as I leave' },
			participantText: {
				fr: md(
					'Ta batterie est à combien maintenant ? Choisis un chiffre de 1 à 5, ou passe.',
					'',
					'Merci d’être venue aujourd’hui, peu importe comment tu as participé.'
				),
				en: md(
					'How charged is your battery now? Choose a number from 1 to 5, or pass.',
					'',
					'Thank you for coming today, however you took part.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Fermer l’atelier en douceur. Repérer les jeunes qui pourraient avoir besoin d’un suivi.',
					en: 'Close the workshop gently. Notice who might need a follow-up.'
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Même échelle qu’au début.',
						'2. **2–4 min** — Remercier le groupe. Annoncer le prochain thème : s’affirmer et dire non.',
						'3. **4–5 min** — Rester disponible après l’atelier.'
					),
					en: md(
						'1. **0–2 min** — Same scale as at the start.',
						'2. **2–4 min** — Thank the group. Announce the next theme: standing up for yourself and saying no.',
						'3. **4–5 min** — Stay available after the workshop.'
					)
				},
				watchFor: {
					fr: 'Une batterie qui a beaucoup baissé : prendre des nouvelles en privé avant le départ et informer l’équipe selon la procédure.',
					en: 'A battery that dropped a lot: check in privately before she leaves and inform the team under the procedure.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune demande à parler à la fin, prendre le temps, dans un lieu calme, en informant une autre personne de l’équipe.',
					en: 'If a participant asks to talk at the end, take the time, in a quiet place, and let another team member know.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Transmettre à l’équipe de l’unité, selon la procédure, les besoins de suivi repérés, sans rapporter ce qui a été dit dans le groupe.',
					en: 'Pass on to the unit team, under the procedure, any follow-up needs, without repeating what was said in the group.'
				},
				community: {
					fr: 'Vérifier que chaque jeune sait comment elle rentre, et qu’elle a la carte ou l’application des ressources d’aide.',
					en: 'Check that each participant knows how she is getting home and has the help card or the app.'
				}
			},
			settings: {
				question: {
					fr: 'Ta batterie est à combien maintenant ?',
					en: 'How charged is your battery now?'
				},
				scale: 5
			}
		}
	]
};

// Workshop 3

const selfAffirmation: Workshop = {
	id: 'w3-self-affirmation',
	title: {
		fr: 'L’affirmation de soi : ma voix, mes limites',
		en: 'Self-affirmation: my voice, my limits'
	},
	objectives: {
		fr: md(
			'- Distinguer une réponse passive, agressive et affirmée.',
			'- S’exercer à exprimer un besoin avec un message en « je ».',
			'- Connaître plusieurs façons de dire non et de résister à la pression.',
			'- Comprendre que dire non n’est pas toujours possible ou sécuritaire, et que ce n’est jamais la faute de la jeune quand elle n’a pas pu.'
		),
		en: md(
			'- Tell apart a passive, an aggressive and an assertive answer.',
			'- Practise expressing a need with an “I” message.',
			'- Know several ways to say no and to resist pressure.',
			'- Understand that saying no is not always possible or safe, and that it is never the young person’s fault when she could not.'
		)
	},
	durationMinutes: 90,
	materials: {
		fr: md(
			'- L’entente de groupe',
			'- Trois affiches : « passive », « agressive », « affirmée »',
			'- Des cartons avec les phrases de pression de l’activité « Dire non, c’est permis »',
			'- Le journal de bord et la carte des ressources d’aide'
		),
		en: md(
			'- The group agreement',
			'- Three signs: “passive”, “aggressive”, “assertive”',
			'- Cards with the pressure lines from the “Saying no is allowed” activity',
			'- The logbook and the help resources card'
		)
	},
	contentWarning: NO_WARNING,
	activities: [
		{
			id: 'w3-a1-welcome',
			kind: 'discussion',
			title: { fr: 'Bienvenue : ma voix compte', en: 'Welcome: my voice matters' },
			participantText: {
				fr: md(
					'Bienvenue ! Aujourd’hui, on parle de ta voix : dire ce que tu penses, ce que tu veux, et ce que tu ne veux pas.',
					'',
					'Notre entente tient toujours. Tu peux passer ton tour, sortir un moment, ou juste écouter. C’est aussi une façon de t’affirmer !'
				),
				en: md(
					'Welcome! Today, we talk about your voice: saying what you think, what you want and what you don’t want.',
					'',
					'Our agreement still holds. You can pass, step out for a moment, or just listen. That is also a way to stand up for yourself!'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Recréer le climat de sécurité et faire le lien avec les ateliers 1 et 2 : connaître ses forces et ses valeurs aide à les défendre.',
					en: 'Rebuild safety and link to workshops 1 and 2: knowing your strengths and values helps you stand up for them.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Accueillir chaque jeune. Relire l’entente et la limite de la confidentialité.',
						'2. **3–10 min** — Poser les deux questions. Faire remarquer que « passer », c’est déjà dire non : c’est permis ici.'
					),
					en: md(
						'1. **0–3 min** — Greet each participant. Read the agreement and the limit of confidentiality again.',
						'2. **3–10 min** — Ask the two questions. Point out that passing is already a way of saying no: it is allowed here.'
					)
				},
				watchFor: {
					fr: 'Les jeunes qui associent « s’affirmer » à « se battre » ou à « ne pas se laisser faire » avec violence : accueillir, sans juger. L’activité suivante montrera d’autres façons.',
					en: 'Participants who link standing up for yourself with fighting back or violence: acknowledge this without judging. The next activity shows other ways.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune évoque devant le groupe une situation où elle n’a pas pu dire non, l’arrêter avec douceur, la remercier et offrir de parler en privé.',
					en: 'If a participant mentions in front of the group a time she could not say no, gently stop her, thank her and offer to talk privately.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'En unité, s’affirmer peut être mal vu (« argumenter avec le staff »). Dire clairement que l’atelier parle de s’affirmer avec respect, et que l’équipe de l’unité est d’accord avec cette démarche. S’en assurer d’abord.',
					en: 'In a unit, standing up for yourself can be frowned upon (“arguing with staff”). Say clearly that the workshop is about speaking up respectfully, and that the unit team supports this. Check that this is true first.'
				},
				community: {
					fr: 'Accueillir les nouvelles participantes avec l’entente de groupe et les règles de base avant de commencer.',
					en: 'Go over the group agreement and basic rules with any new participants before starting.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Pour toi, c’est quoi « s’affirmer » ? Un mot ou une image suffit.',
						en: 'What does “standing up for yourself” mean to you? One word or image is enough.'
					},
					{
						fr: 'Nomme une personne (réelle ou inventée) qui sait dire ce qu’elle pense avec respect.',
						en: 'Name someone (real or made up) who can say what she thinks, with respect.'
					}
				]
			}
		},
		{
			id: 'w3-a2-check-in',
			kind: 'check-in',
			title: { fr: 'Ma confiance aujourd’hui', en: 'My confidence today' },
			participantText: {
				fr: md(
					'Comment va ta confiance aujourd’hui ? Le 1, c’est toute petite. Le 5, c’est très grande.',
					'',
					'Toutes les réponses sont correctes. Tu peux aussi passer.'
				),
				en: md(
					'How is your confidence today? 1 is very small. 5 is very big.',
					'',
					'Every answer is OK. You can also pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Prendre le pouls du groupe. Montrer que la confiance varie d’un jour à l’autre, et que c’est normal.',
					en: 'Take the group’s pulse. Show that confidence changes from day to day, and that this is normal.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’échelle.',
						'2. **1–3 min** — Réponses avec les doigts, un carton ou l’appareil ; on peut passer.',
						'3. **3–5 min** — Dire : « La confiance monte et descend. On peut s’affirmer même avec une petite confiance. »'
					),
					en: md(
						'1. **0–1 min** — Present the scale.',
						'2. **1–3 min** — Answers with fingers, a card or a device; anyone can pass.',
						'3. **3–5 min** — Say: “Confidence goes up and down. You can speak up even when it’s small.”'
					)
				},
				watchFor: {
					fr: 'Une jeune qui répond 1 : prendre de ses nouvelles discrètement. Des réponses très hautes par défi : accueillir avec humour, sans commenter.',
					en: 'A participant who answers 1: check on her quietly. Very high answers given as a dare: welcome them with humour, without comment.'
				},
				disclosure: disclosure({
					fr: 'Ne pas demander devant le groupe pourquoi une réponse est basse. Offrir un moment en privé, sans insister.',
					en: 'Do not ask in front of the group why an answer is low. Offer a private moment, without pushing.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Utiliser des cartons si les appareils ne sont pas permis. Ne pas lier la réponse au comportement ou au niveau de la jeune dans l’unité.',
					en: 'Use cards if devices are not allowed. Do not link the answer to the youth’s behaviour or level in the unit.'
				},
				community: {
					fr: 'Faire le tour de météo pendant la collation si les arrivées s’étalent.',
					en: 'Do the check-in over a snack if arrivals are spread out.'
				}
			},
			settings: {
				question: {
					fr: 'Comment va ta confiance aujourd’hui ?',
					en: 'How is your confidence today?'
				},
				scale: 5
			}
		},
		{
			id: 'w3-a3-three-ways',
			kind: 'discussion',
			title: { fr: 'Trois façons de répondre', en: 'Three ways to respond' },
			participantText: {
				fr: md(
					'Quand quelque chose ne nous convient pas, on peut répondre de trois façons.',
					'',
					'- **Passive** : je ne dis rien. Je garde tout en dedans.',
					'- **Agressive** : je crie, j’insulte, je menace.',
					'- **Affirmée** : je dis calmement ce que je pense et ce dont j’ai besoin. Je respecte l’autre, et je me respecte.',
					'',
					'Un truc : le message en « je ». « Je me sens… quand… J’aimerais… »',
					'',
					'Chaque façon a du sens selon la situation. Parfois, se taire protège. Si tu n’as rien dit, tu n’as rien fait de mal.',
					'',
					'Tu peux essayer, écouter ou passer.'
				),
				en: md(
					'When something doesn’t feel right, we can respond in three ways.',
					'',
					'- **Passive**: I say nothing. I keep it all inside.',
					'- **Aggressive**: I yell, insult or threaten.',
					'- **Assertive**: I calmly say what I think and what I need. I respect the other person, and I respect myself.',
					'',
					'A tip: the “I” message. “I feel… when… I would like…”',
					'',
					'Each way can make sense in some situations. Sometimes staying quiet keeps you safe. You did nothing wrong if you stayed quiet.',
					'',
					'You can try, listen or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Reconnaître les trois styles de réponse sans juger les jeunes qui utilisent surtout l’un ou l’autre. S’exercer au message en « je » dans des situations du quotidien, sans lien avec le vécu des jeunes.',
					en: 'Recognise the three response styles without judging youth who mostly use one or the other. Practise the “I” message in everyday situations, unrelated to the youth’s own lives.'
				},
				howTo: {
					fr: md(
						'1. **0–5 min** — Lire le texte. Afficher les trois affiches.',
						'2. **5–12 min** — Situation 1 (le coton ouaté). Le groupe propose une réponse pour chaque style. L’équipe peut jouer les réponses pour faire rire, sans viser personne.',
						'3. **12–17 min** — Situation 2 (le mot de passe). Chercher ensemble une réponse affirmée.',
						'4. **17–22 min** — Question 3 : chacune peut écrire un message en « je » pour une situation inventée, le dire, ou passer. Conclure : « Parfois, se taire est la façon la plus sûre de se protéger. C’est correct aussi. »'
					),
					en: md(
						'1. **0–5 min** — Read the text. Put up the three signs.',
						'2. **5–12 min** — Situation 1 (the hoodie). The group suggests one answer per style. The team can act the answers out for fun, without targeting anyone.',
						'3. **12–17 min** — Situation 2 (the password). Find an assertive answer together.',
						'4. **17–22 min** — Question 3: each participant can write an “I” message for a made-up situation, say it, or pass. Close with: “Sometimes staying quiet is the safest way to protect yourself. That is OK too.”'
					)
				},
				watchFor: {
					fr: 'Les jeunes qui se reconnaissent dans le style « agressif » : dire que la colère est souvent une façon de se protéger, et qu’on peut la garder comme force tout en choisissant d’autres mots. La situation du mot de passe peut toucher au contrôle dans le couple : rester sur l’exemple, l’atelier 4 y revient.',
					en: 'Participants who see themselves in the “aggressive” style: say that anger is often a way of protecting yourself, and that it can stay a strength while choosing other words. The password situation may touch on control in relationships: stay with the example; workshop 4 comes back to it.'
				},
				disclosure: disclosure({
					fr: 'Si la situation du mot de passe fait réagir une jeune (« c’est exactement ce qu’il me fait »), l’accueillir sans demander de détails, et lui offrir de parler en privé après l’activité.',
					en: 'If the password situation strikes a chord (“that’s exactly what he does to me”), acknowledge it without asking for details, and offer to talk privately after the activity.'
				})
			},
			durationMinutes: 22,
			adaptations: {
				rehabilitation: {
					fr: 'Ajouter une situation de la vie en unité, choisie avec l’équipe (par exemple : une autre jeune prend ta place à la télé). Éviter les situations qui mettent en scène le personnel de l’unité.',
					en: 'Add a situation from unit life, chosen with the team (for example: another youth takes your spot at the TV). Avoid situations that involve unit staff.'
				},
				community: {
					fr: 'Laisser le groupe proposer une situation de l’école ou du quartier, pourvu qu’elle soit inventée et ne vise personne.',
					en: 'Let the group suggest a situation from school or the neighbourhood, as long as it is made up and targets no one.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Ton amie t’a emprunté ton coton ouaté il y a deux semaines. Elle ne l’a pas rendu. Que pourrais-tu dire de façon passive ? Agressive ? Affirmée ?',
						en: 'Your friend borrowed your hoodie two weeks ago. She hasn’t given it back. What could you say in a passive way? An aggressive way? An assertive way?'
					},
					{
						fr: 'Quelqu’un te demande ton mot de passe « pour prouver que tu n’as rien à cacher ». Quelle réponse affirmée pourrais-tu donner ?',
						en: 'Someone asks for your password “to prove you have nothing to hide”. What assertive answer could you give?'
					},
					{
						fr: 'Essaie un message en « je » : « Je me sens… quand… J’aimerais… »',
						en: 'Try an “I” message: “I feel… when… I would like…”'
					}
				]
			}
		},
		{
			id: 'w3-a4-saying-no',
			kind: 'discussion',
			title: { fr: 'Dire non, c’est permis', en: 'Saying no is allowed' },
			participantText: {
				fr: md(
					'Tu as le droit de dire non. Tu n’as pas à te justifier.',
					'',
					'Quelques façons de dire non :',
					'- « Non, merci. »',
					'- Le disque rayé : tu répètes calmement la même phrase.',
					'- « J’ai besoin d’y penser. » Tu prends du temps.',
					'- Tu t’en vas.',
					'- Tu demandes de l’aide à quelqu’un.',
					'',
					'Certaines phrases servent à mettre de la pression. Par exemple : « Si tu m’aimais… », « Tout le monde le fait », « Tu me dois bien ça ».',
					'',
					'Parfois, dire non n’est pas possible ou pas sécuritaire. Si tu n’as pas pu dire non, ce n’est pas ta faute.',
					'',
					'Tu peux t’exercer, regarder ou passer. Tu peux sortir un moment si tu en as besoin.'
				),
				en: md(
					'You have the right to say no. You don’t have to explain why.',
					'',
					'Some ways to say no:',
					'- “No, thanks.”',
					'- The broken record: you calmly repeat the same sentence.',
					'- “I need to think about it.” You take time.',
					'- You walk away.',
					'- You ask someone for help.',
					'',
					'Some lines are used to put pressure on you. For example: “If you loved me…”, “Everyone does it”, “You owe me”.',
					'',
					'Sometimes saying no is not possible or not safe. If you could not say no, it is not your fault.',
					'',
					'You can practise, watch or pass. You can step out for a moment if you need to.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Donner des outils concrets pour dire non et reconnaître les phrases de pression. Préparer les ateliers 4 et 5 : « tu me dois bien ça » et « si tu m’aimais » sont des leviers souvent décrits dans le recrutement. Affirmer clairement que la responsabilité revient toujours à la personne qui fait pression.',
					en: 'Give concrete tools for saying no and recognising pressure lines. Prepare workshops 4 and 5: “you owe me” and “if you loved me” are levers often described in recruitment. State clearly that the responsibility always lies with the person applying pressure.'
				},
				howTo: {
					fr: md(
						'1. **0–5 min** — Lire le texte. Présenter les façons de dire non.',
						'2. **5–15 min** — Tirer un carton de pression (« Si tu m’aimais… », « Tout le monde le fait », « Tu me dois bien ça », « T’es pas drôle », « Juste une fois »). Le groupe trouve des réponses. Une personne de l’équipe joue la pression ; **jamais une jeune**. Les jeunes qui le veulent répondent ; les autres regardent.',
						'3. **15–20 min** — Questions 2 et 3 en grand groupe.',
						'4. **20–25 min** — Question 4. Conclure en lisant à voix haute : « Si tu n’as pas pu dire non, ce n’est pas ta faute. »'
					),
					en: md(
						'1. **0–5 min** — Read the text. Present the ways to say no.',
						'2. **5–15 min** — Draw a pressure card (“If you loved me…”, “Everyone does it”, “You owe me”, “You’re no fun”, “Just once”). The group comes up with answers. A team member plays the pressure; **never a participant**. Participants who want to respond do; the others watch.',
						'3. **15–20 min** — Questions 2 and 3 as a whole group.',
						'4. **20–25 min** — Question 4. Close by reading out loud: “If you could not say no, it is not your fault.”'
					)
				},
				watchFor: {
					fr: 'Le jeu de rôle peut raviver des souvenirs. Garder des situations légères (une fête, un vêtement, un mot de passe), jamais sexuelles. Arrêter si une jeune se fige. Un discours du type « moi, je me serais défendue » : rappeler que personne ne sait comment il réagirait, et que figer est une réaction normale du corps.',
					en: 'Role-play can bring memories back. Keep situations light (a party, clothes, a password), never sexual. Stop if a participant freezes. Comments like “I would have fought back”: remind the group that no one knows how they would react, and that freezing is a normal body response.'
				},
				disclosure: disclosure({
					fr: 'La phrase « si tu n’as pas pu dire non, ce n’est pas ta faute » ouvre parfois la porte à une confidence. Garder du temps après l’atelier et s’assurer qu’une personne de l’équipe est disponible.',
					en: 'The sentence “if you could not say no, it is not your fault” sometimes opens the door to a disclosure. Keep time after the workshop and make sure a team member is available.'
				})
			},
			durationMinutes: 25,
			adaptations: {
				rehabilitation: {
					fr: 'Éviter les jeux de rôle entre jeunes qui vivent ensemble : l’équipe joue les deux rôles et les jeunes soufflent les répliques. Informer l’équipe de l’unité que le thème peut faire réagir dans la soirée.',
					en: 'Avoid role-plays between youth who live together: the team plays both parts and the youth suggest the lines. Let the unit team know the theme may cause reactions during the evening.'
				},
				community: {
					fr: 'Proposer d’écrire les réponses sur des papillons adhésifs, anonymement, pour les jeunes gênées de parler.',
					en: 'Offer to write answers anonymously on sticky notes, for participants who are shy about speaking.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quelqu’un te dit : « Tu me dois bien ça. » Que pourrais-tu répondre ?',
						en: 'Someone tells you: “You owe me.” What could you answer?'
					},
					{
						fr: 'Pourquoi est-ce parfois difficile de dire non à quelqu’un qu’on aime ?',
						en: 'Why is it sometimes hard to say no to someone we love?'
					},
					{
						fr: 'Qui pourrait t’aider si quelqu’un ne respecte pas ton non ?',
						en: 'Who could help you if someone doesn’t respect your no?'
					},
					{
						fr: 'Pourquoi une personne qui n’a pas pu dire non n’est-elle pas responsable ?',
						en: 'Why is a person who could not say no not to blame?'
					}
				]
			}
		},
		{
			id: 'w3-a5-grounding',
			kind: 'grounding',
			title: { fr: 'Pousser et relâcher', en: 'Push and let go' },
			participantText: {
				fr: md(
					'On fait un petit exercice avec le corps, pour relâcher la tension. Tu peux garder les yeux ouverts.',
					'',
					'Fais seulement ce qui est confortable pour toi. Tu peux aussi juste écouter, ou passer.'
				),
				en: md(
					'Let’s do a short body exercise to let go of tension. You can keep your eyes open.',
					'',
					'Only do what feels comfortable. You can also just listen, or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Relâcher la tension accumulée pendant les exercices sur la pression. Finir sur une phrase de force que chaque jeune peut garder.',
					en: 'Release the tension built up during the pressure exercises. End with a strength sentence each participant can keep.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’exercice. Dire que chacune fait ce qui est confortable.',
						'2. **1–6 min** — Lire les étapes lentement, avec une pause entre chacune.',
						'3. **6–7 min** — Inviter chaque jeune à répéter dans sa tête la phrase de force.'
					),
					en: md(
						'1. **0–1 min** — Introduce the exercise. Say that each person does what feels comfortable.',
						'2. **1–6 min** — Read the steps slowly, pausing between each one.',
						'3. **6–7 min** — Invite each participant to repeat the strength sentence in her head.'
					)
				},
				watchFor: {
					fr: 'Ne jamais toucher une jeune pour la « corriger ». Une jeune blessée ou mal à l’aise avec son corps peut seulement respirer. Le rire est une façon normale de relâcher la tension.',
					en: 'Never touch a participant to “correct” her. A participant who is injured or uneasy with her body can simply breathe. Laughter is a normal way to release tension.'
				},
				disclosure: disclosure({
					fr: 'Un exercice corporel peut faire remonter des émotions. Si une jeune pleure ou se confie, une personne de l’équipe l’accompagne à l’écart pendant que l’autre poursuit.',
					en: 'A body exercise can bring emotions up. If a participant cries or confides, one team member goes with her to a quiet spot while the other carries on.'
				})
			},
			durationMinutes: 7,
			adaptations: {
				rehabilitation: {
					fr: 'Faire l’exercice assises si l’espace est restreint. Reprendre les mots de l’unité s’il existe déjà un exercice semblable.',
					en: 'Do the exercise sitting down if space is tight. Use the unit’s words if a similar exercise already exists.'
				},
				community: {
					fr: 'Faire l’exercice debout si la salle le permet.',
					en: 'Do the exercise standing if the room allows it.'
				}
			},
			settings: {
				steps: [
					{
						fr: 'Pousse tes pieds dans le sol pendant 5 secondes. Relâche.',
						en: 'Push your feet into the floor for 5 seconds. Let go.'
					},
					{
						fr: 'Presse tes mains l’une contre l’autre pendant 5 secondes. Relâche.',
						en: 'Press your hands together for 5 seconds. Let go.'
					},
					{
						fr: 'Monte tes épaules vers tes oreilles. Laisse-les retomber.',
						en: 'Lift your shoulders up to your ears. Let them drop.'
					},
					{
						fr: 'Expire lentement, plus longtemps que tu inspires.',
						en: 'Breathe out slowly, longer than you breathe in.'
					},
					{
						fr: 'Dis dans ta tête : « J’ai le droit de dire non. Ma voix compte. »',
						en: 'Say in your head: “I have the right to say no. My voice matters.”'
					}
				]
			}
		},
		{
			id: 'w3-a6-remember',
			kind: 'discussion',
			title: {
				fr: 'À retenir et où trouver de l’aide',
				en: 'What to remember and where to get help'
			},
			participantText: {
				fr: md(
					'**À retenir :**',
					'- Tu as le droit de dire non, sans te justifier.',
					'- Un cadeau ou un service ne crée pas de dette.',
					'- Si quelqu’un ne respecte pas ton non, c’est cette personne qui a tort.',
					'- Si tu n’as pas pu dire non, ce n’est pas ta faute.',
					'',
					'**Si tu as besoin de parler**, va voir une personne de l’équipe, ou appelle ou écris :',
					HELP_LINES.fr,
					'',
					'Tu peux répondre à la question ou passer ton tour.'
				),
				en: md(
					'**What to remember:**',
					'- You have the right to say no, without explaining.',
					'- A gift or a favour does not create a debt.',
					'- If someone doesn’t respect your no, they are the one in the wrong.',
					'- If you could not say no, it is not your fault.',
					'',
					'**If you need to talk**, go to someone on the team, or call or text:',
					HELP_LINES.en,
					'',
					'You can answer the question or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Résumer les idées clés. Rappeler les ressources d’aide.',
					en: 'Sum up the key ideas. Go over the help resources again.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Lire les idées à retenir.',
						'2. **3–5 min** — Rappeler les ressources d’aide, pour soi ou pour une amie.',
						'3. **5–8 min** — Poser la question en tour de table ; on peut passer.'
					),
					en: md(
						'1. **0–3 min** — Read the ideas to remember.',
						'2. **3–5 min** — Go over the help resources, for oneself or for a friend.',
						'3. **5–8 min** — Go around the circle with the question; anyone can pass.'
					)
				},
				watchFor: {
					fr: 'Une jeune qui dit « oui, mais moi, il me ferait payer si je disais non » : ne pas lui demander de préciser devant le groupe. Dire que c’est important, et lui offrir de parler en privé tout de suite après.',
					en: 'A participant who says “yes, but he’d make me pay if I said no”: do not ask her to explain in front of the group. Say that it matters, and offer to talk privately right after.'
				},
				disclosure: disclosure({
					fr: 'Une réaction comme celle décrite ci-dessus peut indiquer un danger. Prendre le temps d’en parler en privé, sans enquêter, et suivre la procédure.',
					en: 'A reaction like the one above may point to danger. Take time to talk privately, without investigating, and follow the procedure.'
				})
			},
			durationMinutes: 8,
			adaptations: {
				rehabilitation: {
					fr: 'Rappeler les personnes-ressources de l’unité et comment les joindre, y compris le soir.',
					en: 'Remind the youth of the unit’s contact people and how to reach them, including in the evening.'
				},
				community: {
					fr: 'Rappeler les heures de l’organisme et les lignes d’aide disponibles quand il est fermé.',
					en: 'Remind the group of the organisation’s hours and of the help lines available when it is closed.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quelle façon de dire non veux-tu garder ?',
						en: 'Which way of saying no do you want to keep?'
					}
				]
			}
		},
		{
			id: 'w3-a7-check-out',
			kind: 'check-in',
			title: { fr: 'Ma confiance en partant', en: 'My confidence as I leave' },
			participantText: {
				fr: md(
					'Comment va ta confiance maintenant ? Choisis un chiffre de 1 à 5, ou passe.',
					'',
					'Merci pour ta présence. Chaque façon de participer compte.'
				),
				en: md(
					'How is your confidence now? Choose a number from 1 to 5, or pass.',
					'',
					'Thank you for being here. Every way of taking part counts.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Fermer l’atelier en douceur. Repérer les jeunes qui pourraient avoir besoin d’un suivi.',
					en: 'Close the workshop gently. Notice who might need a follow-up.'
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Même échelle qu’au début.',
						'2. **2–4 min** — Remercier le groupe. Annoncer le prochain thème : les relations saines et égalitaires. Dire que l’atelier parlera de contrôle et de pression dans les relations, sans détails.',
						'3. **4–5 min** — Rester disponible après l’atelier.'
					),
					en: md(
						'1. **0–2 min** — Same scale as at the start.',
						'2. **2–4 min** — Thank the group. Announce the next theme: healthy and equal relationships. Say that the workshop will talk about control and pressure in relationships, without details.',
						'3. **4–5 min** — Stay available after the workshop.'
					)
				},
				watchFor: {
					fr: 'Une confiance qui a baissé : prendre des nouvelles en privé avant le départ. Annoncer le thème suivant à l’avance permet aux jeunes de se préparer ou de choisir de ne pas venir ; c’est leur droit.',
					en: 'Confidence that dropped: check in privately before she leaves. Announcing the next theme ahead of time lets participants prepare or choose not to come; that is their right.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune demande à parler à la fin, prendre le temps, dans un lieu calme, en informant une autre personne de l’équipe.',
					en: 'If a participant asks to talk at the end, take the time, in a quiet place, and let another team member know.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Transmettre à l’équipe de l’unité, selon la procédure, les besoins de suivi repérés, sans rapporter ce qui a été dit dans le groupe.',
					en: 'Pass on to the unit team, under the procedure, any follow-up needs, without repeating what was said in the group.'
				},
				community: {
					fr: 'Vérifier que chaque jeune sait comment elle rentre et qu’elle a accès aux ressources d’aide.',
					en: 'Check that each participant knows how she is getting home and has access to the help resources.'
				}
			},
			settings: {
				question: {
					fr: 'Comment va ta confiance maintenant ?',
					en: 'How is your confidence now?'
				},
				scale: 5
			}
		}
	]
};

// Workshop 4

const relationships: Workshop = {
	id: 'w4-relationships',
	title: { fr: 'Les relations saines et égalitaires', en: 'Healthy and equal relationships' },
	objectives: {
		fr: md(
			'- Reconnaître les signes d’une relation saine, d’une relation qui mérite qu’on s’en inquiète et d’une relation qui ne l’est pas.',
			'- Comprendre que la jalousie et le contrôle ne sont pas des preuves d’amour.',
			'- Comprendre le consentement : libre, clair, qu’on peut retirer, qui ne s’achète pas.',
			'- Questionner les stéréotypes de genre sur ce que les filles et les garçons « devraient » faire en amour.',
			'- Savoir vers qui se tourner si une relation fait peur.'
		),
		en: md(
			'- Recognise the signs of a healthy relationship, one that deserves concern and one that is not healthy.',
			'- Understand that jealousy and control are not proof of love.',
			'- Understand consent: free, clear, can be taken back, cannot be bought.',
			'- Question gender stereotypes about what girls and boys “should” do in relationships.',
			'- Know who to turn to if a relationship feels scary.'
		)
	},
	durationMinutes: 90,
	materials: {
		fr: md(
			'- L’entente de groupe',
			'- Trois affiches de couleur : vert, jaune, rouge',
			'- Les phrases de l’activité « Feu vert, feu jaune, feu rouge » sur des cartons',
			'- Le journal de bord et la carte des ressources d’aide'
		),
		en: md(
			'- The group agreement',
			'- Three coloured signs: green, yellow, red',
			'- The sentences from the “Green, yellow, red light” activity on cards',
			'- The logbook and the help resources card'
		)
	},
	contentWarning: {
		fr: 'Cet atelier parle de jalousie, de contrôle et de pression dans les relations amoureuses et amicales. On n’entre pas dans les détails, et personne n’a à parler de sa vie. Tu peux passer, sortir un moment ou parler en privé à une personne de l’équipe.',
		en: 'This workshop talks about jealousy, control and pressure in dating and friendships. We do not go into details, and no one has to talk about their own life. You can pass, step out for a moment or talk privately with someone on the team.'
	},
	activities: [
		{
			id: 'w4-a1-welcome',
			kind: 'discussion',
			title: { fr: 'Bienvenue et mise en garde', en: 'Welcome and content note' },
			participantText: {
				fr: md(
					'Bienvenue ! Aujourd’hui, on parle des relations : en amour et en amitié.',
					'',
					'On va parler de jalousie et de contrôle, sans détails. Si ça devient lourd pour toi, tu peux passer, sortir un moment ou parler à une personne de l’équipe. Tu n’as rien à expliquer.',
					'',
					'Personne n’a à parler de sa propre relation.'
				),
				en: md(
					'Welcome! Today, we talk about relationships: dating and friendships.',
					'',
					'We will talk about jealousy and control, without details. If it gets heavy for you, you can pass, step out for a moment or talk to someone on the team. You don’t have to explain.',
					'',
					'No one has to talk about their own relationship.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Annoncer clairement le contenu et les façons de se retirer. Réactiver l’entente de groupe. Rendre visible la personne de l’équipe disponible pour parler en privé.',
					en: 'Clearly announce the content and the ways to step out. Bring the group agreement back. Make the team member available for private talks visible.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Accueillir chaque jeune. Lire la mise en garde à voix haute.',
						'2. **3–5 min** — Relire l’entente et la limite de la confidentialité. Montrer où l’on peut aller pour prendre une pause, et qui peut accompagner.',
						'3. **5–10 min** — Poser les deux questions. On peut passer.'
					),
					en: md(
						'1. **0–3 min** — Greet each participant. Read the content note out loud.',
						'2. **3–5 min** — Read the agreement and the limit of confidentiality again. Show where one can go to take a break, and who can come along.',
						'3. **5–10 min** — Ask the two questions. Anyone can pass.'
					)
				},
				watchFor: {
					fr: 'Des jeunes qui sont en relation avec une personne beaucoup plus âgée ou qui les contrôle peuvent se sentir visées. Ne jamais commenter une relation réelle d’une jeune devant le groupe. Utiliser « l’autre » ou des personnages.',
					en: 'Youth who are in a relationship with a much older person, or one who controls them, may feel targeted. Never comment on a participant’s real relationship in front of the group. Use “the other person” or characters.'
				},
				disclosure: disclosure({
					fr: 'Ce thème amène souvent des confidences. Si une jeune commence à parler de sa relation devant le groupe, l’arrêter avec douceur, la remercier et offrir de parler en privé tout de suite après.',
					en: 'This theme often leads to disclosures. If a participant starts talking about her relationship in front of the group, gently stop her, thank her and offer to talk privately right after.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Certaines jeunes peuvent avoir été séparées d’une personne qui les contrôlait et lui être encore attachées. Prévenir l’équipe de l’unité du thème et prévoir une personne disponible pour des retours individuels après l’atelier.',
					en: 'Some youth may have been separated from someone who controlled them and still be attached to that person. Let the unit team know the theme and plan for a staff member to be available for one-to-one talks after the workshop.'
				},
				community: {
					fr: 'Annoncer le thème à la fin de l’atelier précédent pour que les jeunes puissent choisir de venir ou non. Prévoir une deuxième personne de l’équipe pour accompagner une jeune qui sort.',
					en: 'Announce the theme at the end of the previous workshop so participants can choose whether to come. Plan for a second team member to go with a participant who steps out.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Pour toi, c’est quoi une bonne relation ? Un mot suffit.',
						en: 'What is a good relationship for you? One word is enough.'
					},
					{
						fr: 'Relis notre entente. Est-ce qu’elle nous convient encore pour un sujet comme celui-ci ?',
						en: 'Read our agreement. Does it still work for a topic like this one?'
					}
				]
			}
		},
		{
			id: 'w4-a2-check-in',
			kind: 'check-in',
			title: { fr: 'Comment va ton cœur ?', en: 'How is your heart?' },
			participantText: {
				fr: md(
					'Comment va ton cœur aujourd’hui ? Le 1, c’est très lourd. Le 5, c’est léger.',
					'',
					'Tu peux répondre ou passer. Tu n’as pas à expliquer.'
				),
				en: md(
					'How is your heart today? 1 is very heavy. 5 is light.',
					'',
					'You can answer or pass. You don’t have to explain.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Prendre le pouls du groupe avant un thème sensible et ajuster le rythme.',
					en: 'Take the group’s pulse before a sensitive theme and adjust the pace.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’échelle.',
						'2. **1–3 min** — Réponses avec les doigts, un carton ou l’appareil ; on peut passer.',
						'3. **3–5 min** — Si beaucoup de cœurs sont lourds, le dire simplement et annoncer que l’équipe ira plus doucement.'
					),
					en: md(
						'1. **0–1 min** — Present the scale.',
						'2. **1–3 min** — Answers with fingers, a card or a device; anyone can pass.',
						'3. **3–5 min** — If many hearts are heavy, say so simply and announce that the team will go more gently.'
					)
				},
				watchFor: {
					fr: 'Une jeune très basse avant un thème sur les relations : lui rappeler discrètement qu’elle peut sortir ou ne faire que les parties qui lui conviennent.',
					en: 'A participant who is very low before a relationships theme: quietly remind her that she can step out or only do the parts that suit her.'
				},
				disclosure: disclosure({
					fr: 'Ne jamais demander pourquoi un cœur est lourd devant le groupe. Offrir un moment en privé, sans insister.',
					en: 'Never ask why a heart is heavy in front of the group. Offer a private moment, without pushing.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Utiliser des cartons si les appareils ne sont pas permis. Tenir compte des visites ou des appels récents, qui peuvent peser sur ce thème.',
					en: 'Use cards if devices are not allowed. Keep in mind recent visits or calls, which may weigh on this theme.'
				},
				community: {
					fr: 'Faire le tour de météo pendant la collation si les arrivées s’étalent.',
					en: 'Do the check-in over a snack if arrivals are spread out.'
				}
			},
			settings: {
				question: {
					fr: 'Comment va ton cœur aujourd’hui ?',
					en: 'How is your heart today?'
				},
				scale: 5
			}
		},
		{
			id: 'w4-a3-traffic-lights',
			kind: 'discussion',
			title: { fr: 'Feu vert, feu jaune, feu rouge', en: 'Green, yellow, red light' },
			participantText: {
				fr: md(
					'Imagine que tu sors avec quelqu’un. Pour chaque phrase, choisis une couleur.',
					'',
					'- **Vert** : c’est sain.',
					'- **Jaune** : attention, ça vaut la peine d’en parler.',
					'- **Rouge** : ce n’est pas sain. Tu mérites mieux, et tu peux demander de l’aide.',
					'',
					'1. L’autre respecte ton « non » sans bouder.',
					'2. L’autre veut savoir où tu es à chaque minute.',
					'3. Vous décidez ensemble de ce que vous faites.',
					'4. L’autre lit tes messages sans te demander.',
					'5. L’autre t’encourage à voir tes amies.',
					'6. L’autre dit que sa jalousie prouve son amour.',
					'7. L’autre t’offre un cadeau cher, puis dit que tu lui dois quelque chose.',
					'8. L’autre te demande de garder votre relation secrète.',
					'9. L’autre dit que tes amies veulent vous séparer.',
					'',
					'Tu peux choisir une couleur, écouter ou passer.'
				),
				en: md(
					'Imagine you are going out with someone. For each sentence, choose a colour.',
					'',
					'- **Green**: this is healthy.',
					'- **Yellow**: careful, it’s worth talking about.',
					'- **Red**: this is not healthy. You deserve better, and you can ask for help.',
					'',
					'1. They respect your “no” without sulking.',
					'2. They want to know where you are every minute.',
					'3. You decide together what you do.',
					'4. They read your messages without asking.',
					'5. They encourage you to see your friends.',
					'6. They say their jealousy proves their love.',
					'7. They give you an expensive gift, then say you owe them something.',
					'8. They ask you to keep your relationship a secret.',
					'9. They say your friends want to split you up.',
					'',
					'You can choose a colour, listen or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Reconnaître les signes de contrôle (surveillance, isolement, jalousie, dette, secret) et les signes d’une relation saine. Montrer que le contrôle commence souvent petit et peut ressembler à de l’attention. Faire le lien avec l’atelier 5 : le secret, l’isolement et la dette sont aussi des signaux décrits dans le recrutement.',
					en: 'Recognise signs of control (monitoring, isolation, jealousy, debt, secrecy) and signs of a healthy relationship. Show that control often starts small and can look like attention. Link to workshop 5: secrecy, isolation and debt are also warning signs described in recruitment.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Lire le texte. Placer les trois affiches de couleur dans la pièce.',
						'2. **3–15 min** — Lire les phrases une à une. Les jeunes montrent une couleur (carton, main levée, ou en se déplaçant vers une affiche si le groupe aime bouger). Demander « pourquoi ? » au groupe, jamais à une jeune en particulier.',
						'3. **15–19 min** — Repères pour l’équipe : 1, 3 et 5 sont verts ; 2 est jaune ou rouge selon le contexte ; 4, 6, 7, 8 et 9 sont rouges. Le jaune n’a pas de bonne réponse : l’important est ce qu’on ressent et si on peut en parler.',
						'4. **19–22 min** — Questions 2 et 3. Conclure : « La jalousie et le contrôle ne sont pas des preuves d’amour. »'
					),
					en: md(
						'1. **0–3 min** — Read the text. Put the three coloured signs around the room.',
						'2. **3–15 min** — Read the sentences one at a time. Participants show a colour (a card, a raised hand, or by moving to a sign if the group likes to move). Ask the group “why?”, never one participant in particular.',
						'3. **15–19 min** — Guide for the team: 1, 3 and 5 are green; 2 is yellow or red depending on context; 4, 6, 7, 8 and 9 are red. Yellow has no right answer: what matters is how it feels and whether you can talk about it.',
						'4. **19–22 min** — Questions 2 and 3. Close with: “Jealousy and control are not proof of love.”'
					)
				},
				watchFor: {
					fr: 'Des jeunes qui défendent des comportements rouges (« c’est normal, il m’aime ») : ne pas les contredire de front ni les humilier. Demander au groupe ce que l’autre personne pourrait faire à la place. Une jeune qui se tait soudainement ou quitte la pièce : la personne de l’équipe va la voir.',
					en: 'Participants who defend red behaviours (“it’s normal, he loves me”): do not contradict them head-on or shame them. Ask the group what the other person could do instead. A participant who suddenly goes quiet or leaves: the team member goes to her.'
				},
				disclosure: disclosure({
					fr: 'Une jeune peut reconnaître sa propre relation dans les phrases rouges. Si elle le dit devant le groupe, l’arrêter avec douceur, la remercier, et lui offrir de parler en privé.',
					en: 'A participant may recognise her own relationship in the red sentences. If she says so in front of the group, gently stop her, thank her and offer to talk privately.'
				})
			},
			durationMinutes: 22,
			adaptations: {
				rehabilitation: {
					fr: 'Éviter le déplacement vers les affiches si la dynamique de l’unité risque de créer des clans ; utiliser des cartons de couleur. Ajouter une phrase sur l’amitié en unité (« une amie te demande de garder un secret pour elle »).',
					en: 'Avoid moving to the signs if unit dynamics might create cliques; use coloured cards. Add a sentence about friendship in the unit (“a friend asks you to keep a secret for her”).'
				},
				community: {
					fr: 'Le déplacement vers les affiches fonctionne bien avec des groupes actifs. Proposer des cartons de couleur aux jeunes qui préfèrent rester assises.',
					en: 'Moving to the signs works well with active groups. Offer coloured cards to participants who prefer to stay seated.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Pour chaque phrase : vert, jaune ou rouge ? Pourquoi ?',
						en: 'For each sentence: green, yellow or red? Why?'
					},
					{
						fr: 'Quelles phrases pourraient ressembler à de l’amour au début ?',
						en: 'Which sentences could look like love at first?'
					},
					{
						fr: 'Est-ce que les mêmes couleurs marchent pour l’amitié ?',
						en: 'Do the same colours work for friendships?'
					}
				]
			}
		},
		{
			id: 'w4-a4-consent-equality',
			kind: 'discussion',
			title: { fr: 'Consentement et égalité', en: 'Consent and equality' },
			participantText: {
				fr: md(
					'**Le consentement**, c’est un oui :',
					'- **libre** : sans pression, sans menace, sans dette ;',
					'- **clair** : le silence n’est pas un oui ;',
					'- **qu’on peut retirer** : tu peux changer d’idée, à tout moment.',
					'',
					'Un cadeau, un lift, un endroit où dormir ou un service ne donnent jamais à quelqu’un le droit d’exiger quelque chose de toi.',
					'',
					'Au Canada, une personne de moins de 18 ans ne peut pas consentir à des activités sexuelles en échange de quoi que ce soit. C’est la loi.',
					'',
					'**L’égalité**, c’est quand les deux personnes ont autant de place : pour décider, pour dire non, pour voir leurs amies, pour avoir leurs projets.',
					'',
					'Tu peux participer, écouter ou passer.'
				),
				en: md(
					'**Consent** is a yes that is:',
					'- **free**: no pressure, no threats, no debt;',
					'- **clear**: silence is not a yes;',
					'- **something you can take back**: you can change your mind, at any time.',
					'',
					'A gift, a ride, a place to sleep or a favour never gives someone the right to demand something from you.',
					'',
					'In Canada, a person under 18 cannot consent to sexual activity in exchange for anything. That is the law.',
					'',
					'**Equality** means both people have the same space: to decide, to say no, to see their friends, to have their own plans.',
					'',
					'You can join in, listen or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Définir le consentement en mots simples, sans contenu sexuel explicite. Établir qu’aucun cadeau ni service ne crée d’obligation, et qu’une personne mineure ne peut pas consentir à des activités sexuelles en échange de quoi que ce soit (Code criminel, art. 286.1(2), 286.3(2) et 279.011 ; voir l’atelier 6). Questionner les stéréotypes de genre qui rendent le contrôle « normal ».',
					en: 'Define consent in plain words, without explicit sexual content. Establish that no gift or favour creates an obligation, and that a minor cannot consent to sexual activity in exchange for anything (Criminal Code, ss. 286.1(2), 286.3(2) and 279.011; see workshop 6). Question the gender stereotypes that make control seem “normal”.'
				},
				howTo: {
					fr: md(
						'1. **0–5 min** — Lire le texte. Donner un exemple neutre : « Tu as dit oui pour aller au cinéma, puis tu changes d’idée. C’est ton droit. »',
						'2. **5–11 min** — Question 1 : noter au tableau, en deux colonnes, ce que les filles et les garçons « devraient » faire selon les messages qu’on entend. Demander ce que ces messages rendent plus facile ou plus difficile.',
						'3. **11–16 min** — Question 2. Ramener à l’idée clé : un cadeau, c’est un cadeau. S’il crée une dette, ce n’en est pas un.',
						'4. **16–22 min** — Questions 3 et 4. Conclure : « Dans une relation égale, les deux personnes peuvent dire non sans avoir peur. »'
					),
					en: md(
						'1. **0–5 min** — Read the text. Give a neutral example: “You said yes to going to the movies, then you change your mind. That’s your right.”',
						'2. **5–11 min** — Question 1: write on the board, in two columns, what girls and boys “should” do according to the messages we hear. Ask what these messages make easier or harder.',
						'3. **11–16 min** — Question 2. Come back to the key idea: a gift is a gift. If it creates a debt, it is not a gift.',
						'4. **16–22 min** — Questions 3 and 4. Close with: “In an equal relationship, both people can say no without being afraid.”'
					)
				},
				watchFor: {
					fr: 'Ne pas entrer dans l’éducation sexuelle détaillée : ce n’est pas le but de l’atelier. Si le groupe en a besoin, le noter et orienter vers les ressources de l’organisation. Les stéréotypes peuvent provoquer des débats animés : revenir à l’entente si des jeunes se font juger. Ne jamais laisser entendre qu’une jeune a « donné son accord » à de l’exploitation.',
					en: 'Do not go into detailed sex education: it is not the aim of this workshop. If the group needs it, note it and refer to the organisation’s resources. Stereotypes can spark heated debate: return to the agreement if anyone is being judged. Never suggest that a young person “agreed” to being exploited.'
				},
				disclosure: disclosure({
					fr: 'La phrase sur le cadeau, le lift ou l’endroit où dormir peut toucher une jeune qui vit un échange de ce type. Rester calme, ne pas réagir avec choc, lui offrir de parler en privé.',
					en: 'The sentence about a gift, a ride or a place to sleep may touch a participant who is living such an exchange. Stay calm, do not react with shock, and offer to talk privately.'
				})
			},
			durationMinutes: 22,
			adaptations: {
				rehabilitation: {
					fr: 'Certaines jeunes ont vécu des échanges de ce type et peuvent ressentir de la honte. Insister sur le fait que la loi protège les jeunes et vise les adultes qui profitent d’elles. Coordonner avec l’équipe clinique de l’unité pour le suivi.',
					en: 'Some youth have lived through such exchanges and may feel shame. Stress that the law protects young people and targets the adults who take advantage of them. Coordinate follow-up with the unit’s clinical team.'
				},
				community: {
					fr: 'Vérifier à l’avance la politique de l’organisme sur l’éducation à la sexualité et les autorisations parentales, et s’y tenir.',
					en: 'Check the organisation’s policy on sexuality education and parental permission in advance, and follow it.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quels messages entends-tu sur ce que les filles « devraient » faire en amour ? Et les garçons ?',
						en: 'What messages do you hear about what girls “should” do in relationships? And boys?'
					},
					{
						fr: 'Est-ce qu’un cadeau donne le droit d’exiger quelque chose ? Pourquoi ?',
						en: 'Does a gift give someone the right to demand something? Why?'
					},
					{
						fr: 'Comment peut-on savoir si l’autre est vraiment d’accord ?',
						en: 'How can you tell if the other person really agrees?'
					},
					{
						fr: 'Dans une relation égale, qui décide ?',
						en: 'In an equal relationship, who decides?'
					}
				]
			}
		},
		{
			id: 'w4-a5-grounding',
			kind: 'grounding',
			title: { fr: 'Mon endroit calme', en: 'My calm place' },
			participantText: {
				fr: md(
					'On prend un moment pour se poser. Tu peux garder les yeux ouverts, ou regarder un point sur le sol.',
					'',
					'Tu peux suivre, ou juste te reposer. Tu choisis.'
				),
				en: md(
					'Let’s take a moment to settle. You can keep your eyes open, or look at a spot on the floor.',
					'',
					'You can follow along, or just rest. You choose.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Faire redescendre la tension après deux activités exigeantes. Offrir une image de calme que chaque jeune peut retrouver seule.',
					en: 'Bring the tension down after two demanding activities. Offer an image of calm each participant can come back to on her own.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’exercice. Dire que l’endroit peut être réel ou inventé.',
						'2. **1–6 min** — Lire les étapes lentement, avec des pauses.',
						'3. **6–7 min** — Inviter, sans obligation, à nommer une couleur de son endroit calme.'
					),
					en: md(
						'1. **0–1 min** — Introduce the exercise. Say the place can be real or made up.',
						'2. **1–6 min** — Read the steps slowly, with pauses.',
						'3. **6–7 min** — Invite, with no need to answer, anyone to name a colour from her calm place.'
					)
				},
				watchFor: {
					fr: 'Pour certaines jeunes, aucun endroit ne semble sûr. Proposer un objet, un animal, une chanson ou une personne à la place. Ne jamais demander de fermer les yeux.',
					en: 'For some participants, no place feels safe. Offer an object, an animal, a song or a person instead. Never ask anyone to close her eyes.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune dit qu’elle n’a aucun endroit sûr, ne pas lui demander pourquoi devant le groupe. Prendre de ses nouvelles en privé.',
					en: 'If a participant says she has no safe place, do not ask why in front of the group. Check in with her privately.'
				})
			},
			durationMinutes: 7,
			adaptations: {
				rehabilitation: {
					fr: 'Tenir compte du fait que l’unité n’est peut-être pas vécue comme un endroit calme. Accepter tous les endroits, même imaginaires.',
					en: 'Keep in mind that the unit may not feel like a calm place. Accept every place, even imaginary ones.'
				},
				community: {
					fr: 'Si la salle est bruyante, faire une version courte : pieds au sol, une couleur, une respiration.',
					en: 'If the room is noisy, do a short version: feet on the floor, one colour, one breath.'
				}
			},
			settings: {
				steps: [
					{
						fr: 'Assieds-toi confortablement. Sens ton dos contre la chaise.',
						en: 'Sit comfortably. Feel your back against the chair.'
					},
					{
						fr: 'Pense à un endroit où tu te sens calme. Il peut être réel ou inventé. Si rien ne vient, pense à un objet, un animal ou une chanson que tu aimes.',
						en: 'Think of a place where you feel calm. It can be real or made up. If nothing comes, think of an object, an animal or a song you like.'
					},
					{
						fr: 'Quelles couleurs vois-tu là-bas ?',
						en: 'What colours do you see there?'
					},
					{
						fr: 'Quels sons entends-tu ? Quelle température fait-il ?',
						en: 'What sounds do you hear? Is it warm or cool?'
					},
					{
						fr: 'Respire lentement. Cet endroit est à toi. Tu peux y revenir quand tu veux.',
						en: 'Breathe slowly. This place is yours. You can come back to it whenever you want.'
					},
					{
						fr: 'Reviens doucement dans la pièce. Regarde autour de toi.',
						en: 'Come back gently to the room. Look around you.'
					}
				]
			}
		},
		{
			id: 'w4-a6-remember',
			kind: 'discussion',
			title: {
				fr: 'À retenir et où trouver de l’aide',
				en: 'What to remember and where to get help'
			},
			participantText: {
				fr: md(
					'**À retenir :**',
					'- Tu mérites une relation où tu te sens libre, respectée et en sécurité.',
					'- La jalousie et le contrôle ne sont pas des preuves d’amour.',
					'- Un cadeau ne crée pas de dette.',
					'- Tu peux changer d’idée, à tout moment.',
					'- Si une relation te fait peur, tu peux en parler. Ce n’est pas trahir l’autre.',
					'',
					'**Si tu as besoin de parler**, va voir une personne de l’équipe, ou appelle ou écris, pour toi ou pour une amie :',
					HELP_LINES.fr,
					'',
					'Tu peux répondre à la question ou passer ton tour.'
				),
				en: md(
					'**What to remember:**',
					'- You deserve a relationship where you feel free, respected and safe.',
					'- Jealousy and control are not proof of love.',
					'- A gift does not create a debt.',
					'- You can change your mind, at any time.',
					'- If a relationship scares you, you can talk about it. That is not betraying the other person.',
					'',
					'**If you need to talk**, go to someone on the team, or call or text, for yourself or for a friend:',
					HELP_LINES.en,
					'',
					'You can answer the question or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Résumer les idées clés. S’assurer que chaque jeune sait où trouver de l’aide pour elle-même ou pour une amie.',
					en: 'Sum up the key ideas. Make sure each participant knows where to find help for herself or for a friend.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Lire les idées à retenir.',
						'2. **3–6 min** — Présenter les ressources d’aide. Préciser que la Ligne d’urgence canadienne contre la traite des personnes peut aussi être appelée pour une amie.',
						'3. **6–10 min** — Poser la question en tour de table ; on peut passer. Annoncer que le prochain atelier parle du recrutement, avec une mise en garde.'
					),
					en: md(
						'1. **0–3 min** — Read the ideas to remember.',
						'2. **3–6 min** — Present the help resources. Say that the Canadian Human Trafficking Hotline can also be called about a friend.',
						'3. **6–10 min** — Go around the circle with the question; anyone can pass. Announce that the next workshop is about recruitment, with a content note.'
					)
				},
				watchFor: {
					fr: 'Une jeune qui refuse la carte ou dit qu’elle ne pourrait pas appeler : ne pas insister. Lui proposer discrètement de retenir un seul numéro ou de parler à la personne de l’équipe.',
					en: 'A participant who refuses the card or says she could never call: do not insist. Quietly suggest remembering just one number or talking to the team member.'
				},
				disclosure: disclosure({
					fr: 'Après ce thème, des jeunes viennent souvent parler à la fin. Garder du temps et une personne disponible après l’atelier.',
					en: 'After this theme, participants often come to talk at the end. Keep time and a team member available after the workshop.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Rappeler les personnes-ressources de l’unité, y compris le soir et la nuit, et comment joindre une ligne d’aide selon les règles de l’unité.',
					en: 'Remind the youth of the unit’s contact people, including evenings and nights, and how to reach a help line under the unit’s rules.'
				},
				community: {
					fr: 'Ajouter les ressources de l’organisme et les heures d’ouverture. Rappeler les lignes d’aide disponibles quand l’organisme est fermé.',
					en: 'Add the organisation’s resources and opening hours. Remind the group of the help lines available when the organisation is closed.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quel signe d’une relation saine veux-tu garder en tête ?',
						en: 'Which sign of a healthy relationship do you want to keep in mind?'
					}
				]
			}
		},
		{
			id: 'w4-a7-check-out',
			kind: 'check-in',
			title: { fr: 'Mon cœur en partant', en: 'My heart as I leave' },
			participantText: {
				fr: md(
					'Comment va ton cœur maintenant ? Choisis un chiffre de 1 à 5, ou passe.',
					'',
					'Merci d’avoir été là. C’était un sujet important.'
				),
				en: md(
					'How is your heart now? Choose a number from 1 to 5, or pass.',
					'',
					'Thank you for being here. This was an important topic.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Fermer l’atelier en douceur. Repérer les jeunes qui pourraient avoir besoin d’un suivi.',
					en: 'Close the workshop gently. Notice who might need a follow-up.'
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Même échelle qu’au début.',
						'2. **2–4 min** — Remercier le groupe pour sa présence et son respect.',
						'3. **4–5 min** — Rester disponible après l’atelier.'
					),
					en: md(
						'1. **0–2 min** — Same scale as at the start.',
						'2. **2–4 min** — Thank the group for coming and for their respect.',
						'3. **4–5 min** — Stay available after the workshop.'
					)
				},
				watchFor: {
					fr: 'Un cœur plus lourd qu’au début : prendre des nouvelles en privé avant le départ et informer l’équipe selon la procédure.',
					en: 'A heart heavier than at the start: check in privately before she leaves and inform the team under the procedure.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune demande à parler à la fin, prendre le temps, dans un lieu calme, en informant une autre personne de l’équipe.',
					en: 'If a participant asks to talk at the end, take the time, in a quiet place, and let another team member know.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Transmettre à l’équipe de l’unité, selon la procédure, les besoins de suivi repérés, sans rapporter ce qui a été dit dans le groupe.',
					en: 'Pass on to the unit team, under the procedure, any follow-up needs, without repeating what was said in the group.'
				},
				community: {
					fr: 'Vérifier que chaque jeune sait comment elle rentre. Une jeune qui semble inquiète de rentrer : prendre le temps d’en parler en privé.',
					en: 'Check that each participant knows how she is getting home. A participant who seems worried about going home: take time to talk privately.'
				}
			},
			settings: {
				question: {
					fr: 'Comment va ton cœur maintenant ?',
					en: 'How is your heart now?'
				},
				scale: 5
			}
		}
	]
};

// Workshop 5

const recruitment: Workshop = {
	id: 'w5-recruitment',
	title: {
		fr: 'Les scénarios de recrutement : repérer et se protéger',
		en: 'Recruitment scenarios: spotting it and staying safe'
	},
	objectives: {
		fr: md(
			'- Connaître les façons dont le recrutement commence souvent, telles que les décrivent les programmes de prévention : attention, cadeaux, appartenance, relation amoureuse, contact en ligne, une jeune du même âge.',
			'- Reconnaître les signaux d’alerte : secret, écart d’âge, dette, isolement, pression, menaces.',
			'- Trouver des choix qui protègent et des personnes vers qui se tourner, sans jamais blâmer les choix d’une jeune.',
			'- Affirmer que la responsabilité est toujours celle de la personne qui exploite.'
		),
		en: md(
			'- Know the ways recruitment often starts, as described by prevention programs: attention, gifts, belonging, a romantic relationship, online contact, a peer.',
			'- Recognise warning signs: secrecy, an age gap, debt, isolation, pressure, threats.',
			'- Find protective choices and people to turn to, without ever blaming a young person’s choices.',
			'- State that the responsibility always lies with the person who exploits.'
		)
	},
	durationMinutes: 90,
	materials: {
		fr: md(
			'- L’entente de groupe',
			'- Les quatre histoires inventées, imprimées pour l’équipe (elles sont aussi dans le texte des activités)',
			'- Une grande feuille en deux colonnes : « signaux d’alerte » et « ce qui peut aider »',
			'- La carte des ressources d’aide, une par jeune',
			'- De l’eau, des mouchoirs, un coin calme'
		),
		en: md(
			'- The group agreement',
			'- The four made-up stories, printed for the team (they are also in the activity texts)',
			'- Flip-chart paper in two columns: “warning signs” and “what can help”',
			'- The help resources card, one per participant',
			'- Water, tissues, a quiet corner'
		)
	},
	contentWarning: {
		fr: 'Cet atelier parle de la façon dont le recrutement vers l’exploitation sexuelle commence souvent, à partir d’histoires inventées. Il n’y a aucun détail de violence ni d’actes sexuels. Personne n’a à parler de sa vie. Tu peux passer, sortir un moment ou parler en privé à une personne de l’équipe. Si une histoire te rappelle quelque chose, ce n’est pas ta faute, et tu peux en parler après.',
		en: 'This workshop talks about how recruitment into sexual exploitation often starts, using made-up stories. There are no details of violence or sexual acts. No one has to talk about their own life. You can pass, step out for a moment or talk privately with someone on the team. If a story reminds you of something, it is not your fault, and you can talk about it afterwards.'
	},
	activities: [
		{
			id: 'w5-a1-welcome',
			kind: 'discussion',
			title: { fr: 'Bienvenue et mise en garde', en: 'Welcome and content note' },
			participantText: {
				fr: md(
					'Bienvenue ! Aujourd’hui, on parle de la façon dont certaines personnes essaient d’attirer des jeunes pour les exploiter. On le fait avec des histoires inventées, sans détails.',
					'',
					'Le but : que tu saches repérer les signaux d’alerte, et où trouver de l’aide.',
					'',
					'- Tu peux passer ton tour.',
					'- Tu peux sortir un moment, sans rien expliquer.',
					'- Personne n’a à parler de sa vie.',
					'',
					'Si une histoire te rappelle quelque chose, ce n’est pas ta faute. Tu peux en parler en privé, après.'
				),
				en: md(
					'Welcome! Today, we talk about how some people try to draw young people in so they can exploit them. We do it with made-up stories, without details.',
					'',
					'The goal: for you to spot warning signs, and know where to find help.',
					'',
					'- You can pass.',
					'- You can step out for a moment, without explaining.',
					'- No one has to talk about their own life.',
					'',
					'If a story reminds you of something, it is not your fault. You can talk about it privately, afterwards.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Annoncer clairement le contenu et les façons de se retirer avant toute histoire. Réactiver l’entente de groupe. Rendre visible la personne de l’équipe qui peut accompagner une jeune à l’extérieur.',
					en: 'Clearly announce the content and the ways to step out before any story. Bring the group agreement back. Make visible the team member who can go out with a participant.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Accueillir chaque jeune. Lire la mise en garde à voix haute.',
						'2. **3–6 min** — Relire l’entente. Rappeler la limite de la confidentialité en mots simples : si une jeune est en danger, on doit en parler à des personnes qui peuvent aider, comme la DPJ, et on lui en parlera d’abord quand c’est possible.',
						'3. **6–8 min** — Montrer le coin calme et présenter la personne de l’équipe qui peut accompagner.',
						'4. **8–10 min** — Poser les questions ; on peut passer.'
					),
					en: md(
						'1. **0–3 min** — Greet each participant. Read the content note out loud.',
						'2. **3–6 min** — Read the agreement again. Restate the limit of confidentiality in plain words: if someone is in danger, we must tell people who can help, such as the DPJ, and we will talk to her first whenever possible.',
						'3. **6–8 min** — Show the quiet corner and introduce the team member who can go out with someone.',
						'4. **8–10 min** — Ask the questions; anyone can pass.'
					)
				},
				watchFor: {
					fr: 'Ce thème peut toucher directement des jeunes du groupe, qu’elles l’aient vécu ou le vivent maintenant. Ne jamais laisser entendre qu’on « sait » qui est concernée. Ne jamais présenter une jeune comme « experte » de ce sujet devant les autres.',
					en: 'This theme may touch participants directly, whether they have lived it or are living it now. Never suggest that the team “knows” who is affected. Never present a participant as an “expert” on this topic in front of the others.'
				},
				disclosure: disclosure({
					fr: 'Avant cet atelier, revoir avec l’équipe la procédure de l’organisation et savoir qui joindre à la DPJ ou à l’interne. Si une jeune commence à raconter sa situation devant le groupe, l’arrêter avec douceur, la remercier et lui offrir de parler en privé tout de suite.',
					en: 'Before this workshop, go over the organisation’s procedure with the team and know whom to contact at the DPJ or internally. If a participant starts telling her own situation in front of the group, gently stop her, thank her and offer to talk privately right away.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Plusieurs jeunes du groupe ont peut-être vécu de l’exploitation ; certaines peuvent encore être en lien avec une personne qui les a recrutées. Planifier l’atelier avec l’équipe clinique de l’unité, prévoir une personne disponible dans la soirée, et éviter de tenir cet atelier juste avant une sortie ou une visite.',
					en: 'Several youth in the group may have lived through exploitation; some may still be in contact with the person who recruited them. Plan the workshop with the unit’s clinical team, have a staff member available in the evening, and avoid holding this workshop just before an outing or a visit.'
				},
				community: {
					fr: 'Annoncer le thème à l’atelier précédent pour que les jeunes puissent choisir de venir. Prévoir deux personnes de l’équipe pour que l’une puisse sortir avec une jeune. Avoir sous la main les contacts de la DPJ et de la police locale, selon la procédure de l’organisme.',
					en: 'Announce the theme at the previous workshop so participants can choose whether to come. Have two team members so one can step out with a participant. Have the DPJ and local police contacts at hand, under the organisation’s procedure.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'De quoi as-tu besoin pour te sentir bien pendant cet atelier ?',
						en: 'What do you need to feel OK during this workshop?'
					},
					{
						fr: 'Quel signal on garde pour dire « j’ai besoin d’une pause » ?',
						en: 'What signal do we keep for “I need a break”?'
					}
				]
			}
		},
		{
			id: 'w5-a2-check-in',
			kind: 'check-in',
			title: { fr: 'Ma météo intérieure', en: 'My inner weather' },
			participantText: {
				fr: md(
					'Comment tu te sens en arrivant ? Le 1, c’est l’orage. Le 5, c’est le grand soleil.',
					'',
					'Tu peux répondre ou passer. Tu n’as pas à expliquer.'
				),
				en: md(
					'How do you feel as you arrive? 1 is a storm. 5 is full sun.',
					'',
					'You can answer or pass. You don’t have to explain.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Prendre le pouls du groupe avant un thème difficile et décider du rythme : si la météo est très basse, raccourcir les histoires et allonger le moment de calme.',
					en: 'Take the group’s pulse before a difficult theme and decide on the pace: if the weather is very low, shorten the stories and lengthen the calming moment.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Rappeler l’échelle de la météo (atelier 1).',
						'2. **1–3 min** — Réponses avec les doigts, un carton ou l’appareil ; on peut passer.',
						'3. **3–5 min** — Dire ce que l’équipe va faire selon la météo du groupe (« on ira doucement », « on prendra une pause si besoin »).'
					),
					en: md(
						'1. **0–1 min** — Recall the weather scale (workshop 1).',
						'2. **1–3 min** — Answers with fingers, a card or a device; anyone can pass.',
						'3. **3–5 min** — Say what the team will do given the group’s weather (“we’ll go gently”, “we’ll take a break if needed”).'
					)
				},
				watchFor: {
					fr: 'Une jeune à 1 avant ce thème : lui proposer discrètement de faire seulement les parties qui lui conviennent, ou de passer l’atelier avec une personne de l’équipe.',
					en: 'A participant at 1 before this theme: quietly offer her to do only the parts that suit her, or to spend the workshop with a team member.'
				},
				disclosure: disclosure({
					fr: 'Ne jamais demander pourquoi une météo est basse devant le groupe. Offrir un moment en privé, sans insister.',
					en: 'Never ask why someone’s weather is low in front of the group. Offer a private moment, without pushing.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Utiliser des cartons si les appareils ne sont pas permis. Vérifier avec l’équipe de l’unité s’il y a eu, récemment, une fugue, un retour ou un contact avec une personne à risque.',
					en: 'Use cards if devices are not allowed. Check with the unit team whether there has recently been a runaway, a return, or contact with a person of concern.'
				},
				community: {
					fr: 'Faire le tour de météo dès l’arrivée. Une jeune qui arrive très tard ou bouleversée : l’accueillir d’abord à l’écart.',
					en: 'Do the check-in on arrival. A participant who arrives very late or upset: welcome her privately first.'
				}
			},
			settings: {
				question: {
					fr: 'Comment tu te sens en arrivant ?',
					en: 'How do you feel as you arrive?'
				},
				scale: 5
			}
		},
		{
			id: 'w5-a3-how-it-starts',
			kind: 'discussion',
			title: { fr: 'Comment ça commence souvent', en: 'How it often starts' },
			participantText: {
				fr: md(
					'**L’exploitation sexuelle**, c’est quand quelqu’un se sert d’une jeune pour des activités sexuelles, en échange d’argent, de cadeaux, d’un endroit où dormir ou d’autre chose, ou pour faire de l’argent avec elle. C’est un crime. La responsabilité est toujours celle de la personne qui exploite.',
					'',
					'Les programmes de prévention décrivent des façons dont ça commence souvent :',
					'- beaucoup d’attention et de compliments ;',
					'- des cadeaux, des lifts, de l’argent ;',
					'- un groupe où on se sent enfin acceptée (« ici, on est ta famille ») ;',
					'- une relation amoureuse avec quelqu’un qui semble parfait, puis qui se sert de cet amour pour obtenir des choses ;',
					'- un contact en ligne, dans un jeu ou sur un réseau social ;',
					'- une amie ou une jeune de ton âge qui te présente quelqu’un.',
					'',
					'Ensuite, le contrôle passe souvent par des liens invisibles : l’attachement, les dettes, l’isolement, les menaces. Pas besoin de cadenas.',
					'',
					'Tu peux participer, écouter ou passer. Tu peux sortir un moment quand tu veux.'
				),
				en: md(
					'**Sexual exploitation** is when someone uses a young person for sexual activity in exchange for money, gifts, a place to sleep or anything else, or to make money from her. It is a crime. The responsibility always belongs to the person who exploits.',
					'',
					'Prevention programs describe ways it often starts:',
					'- lots of attention and compliments;',
					'- gifts, rides, money;',
					'- a group where you finally feel accepted (“we’re your family now”);',
					'- a romantic relationship with someone who seems perfect, and then uses that love to get things;',
					'- contact online, in a game or on social media;',
					'- a friend or someone your age who introduces you to someone.',
					'',
					'After that, control often comes through invisible ties: attachment, debts, isolation, threats. No locks needed.',
					'',
					'You can join in, listen or pass. You can step out whenever you want.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: md(
						'Donner un vocabulaire simple et des repères, sans figures ni détails. Défaire le mythe de « l’inconnu menaçant » : le recrutement passe souvent par une personne gentille, connue, parfois du même âge. Situer la faute : les personnes qui exploitent ciblent des besoins (amour, appartenance, argent, un toit), pas des défauts.',
						'',
						'Pourquoi en parler dès 12 ans : au Québec, en 2020, 36,4 % des victimes de proxénétisme et de traite de personnes déclarées par la police avaient moins de 18 ans (Gouvernement du Québec, plan d’action 2021–2026 « Briser le cycle de l’exploitation sexuelle », p. 9). Ce chiffre est pour l’équipe ; il n’est pas nécessaire de le présenter aux jeunes.'
					),
					en: md(
						'Give simple words and landmarks, without figures or details. Undo the “scary stranger” myth: recruitment often goes through someone who is nice, known, sometimes the same age. Place the blame: people who exploit target needs (love, belonging, money, a roof), not flaws.',
						'',
						'Why talk about it from age 12: in Quebec in 2020, 36.4% of police-reported victims of procuring and human trafficking were under 18 (Government of Quebec, action plan 2021–2026 *Briser le cycle de l’exploitation sexuelle*, p. 9). This figure is for the team; there is no need to present it to the youth.'
					)
				},
				howTo: {
					fr: md(
						'1. **0–4 min** — Lire le texte. Préciser que ce sont des façons souvent décrites par les programmes de prévention : chaque situation est différente, et aucune liste ne couvre tout.',
						'2. **4–8 min** — Question 1. Réponse attendue : c’est faux ; c’est souvent une personne gentille, connue, parfois une jeune du même âge.',
						'3. **8–12 min** — Question 2 : gagner la confiance, créer de l’attachement, créer une dette.',
						'4. **12–15 min** — Question 3 : l’amour, le besoin d’appartenance, les besoins comblés, la honte, la peur. Conclure : « Les personnes qui exploitent sont habiles. Elles visent les besoins, pas les défauts. Ce n’est jamais la faute de la jeune. »'
					),
					en: md(
						'1. **0–4 min** — Read the text. Say these are ways often described by prevention programs: every situation is different, and no list covers everything.',
						'2. **4–8 min** — Question 1. Expected answer: false; it is often someone nice, known, sometimes a peer.',
						'3. **8–12 min** — Question 2: to gain trust, create attachment, create a debt.',
						'4. **12–15 min** — Question 3: love, the need to belong, needs being met, shame, fear. Close with: “People who exploit are skilled. They target needs, not flaws. It is never the young person’s fault.”'
					)
				},
				watchFor: {
					fr: 'Ne pas présenter les recruteurs comme des monstres faciles à reconnaître, ni les jeunes comme naïves. Ne pas parler de « filles à risque » devant le groupe. Une jeune qui défend une personne réelle (« lui, c’est pas pareil ») : ne pas la contredire devant le groupe ; prendre de ses nouvelles en privé.',
					en: 'Do not present recruiters as monsters who are easy to spot, or young people as naive. Do not talk about “at-risk girls” in front of the group. A participant who defends a real person (“he’s not like that”): do not contradict her in front of the group; check in privately.'
				},
				disclosure: disclosure({
					fr: 'Une jeune peut reconnaître une situation qu’elle vit ou qu’une amie vit. Si elle le dit devant le groupe, la remercier, l’arrêter avec douceur et lui offrir de parler en privé. Une confidence sur une amie est aussi à traiter selon la procédure.',
					en: 'A participant may recognise a situation she or a friend is living. If she says so in front of the group, thank her, gently stop her and offer to talk privately. A disclosure about a friend is also handled under the procedure.'
				})
			},
			durationMinutes: 15,
			adaptations: {
				rehabilitation: {
					fr: 'Certaines jeunes ont pu être recrutées de ces façons et ressentir de la honte ou de la loyauté envers la personne. Insister sur « ce n’est jamais ta faute » et éviter toute question qui ressemble à une entrevue. Ne pas utiliser les réponses des jeunes comme information clinique.',
					en: 'Some youth may have been recruited in these ways and feel shame or loyalty toward the person. Stress “it is never your fault” and avoid any question that feels like an interview. Do not use the youth’s answers as clinical information.'
				},
				community: {
					fr: 'Certaines jeunes découvrent ces réalités pour la première fois et peuvent être inquiètes pour une amie. Rappeler qu’on peut appeler une ligne d’aide pour une amie.',
					en: 'Some participants are discovering these realities for the first time and may worry about a friend. Remind them that one can call a help line about a friend.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Vrai ou faux : ça commence toujours par un inconnu qui fait peur. Pourquoi ?',
						en: 'True or false: it always starts with a scary stranger. Why?'
					},
					{
						fr: 'Pourquoi une personne qui veut exploiter commence-t-elle souvent par être très gentille ?',
						en: 'Why does someone who wants to exploit often start by being very nice?'
					},
					{
						fr: 'Qu’est-ce qui peut rendre difficile de voir ce qui se passe, au début ?',
						en: 'What can make it hard to see what is happening, at first?'
					}
				]
			}
		},
		{
			id: 'w5-a4-maya-lea',
			kind: 'discussion',
			title: { fr: 'Deux histoires : Maya et Léa', en: 'Two stories: Maya and Léa' },
			participantText: {
				fr: md(
					'Voici deux histoires inventées. Une personne de l’équipe les lit à voix haute.',
					'',
					'**Maya, 14 ans**',
					'',
					'Maya joue à un jeu en ligne. Un gars de 19 ans commence à lui écrire. Il est drôle. Il lui fait plein de compliments. Il dit qu’elle est plus mature que les filles de son âge. Après quelques jours, il lui demande de continuer sur une autre appli, et de ne rien dire à personne. « Les autres ne comprendraient pas. » Puis il commence à lui demander des photos d’elle.',
					'',
					'**Léa, 15 ans**',
					'',
					'Léa rencontre un homme de 22 ans au centre commercial. Il est gentil et généreux. Il lui paie ses ongles, lui offre un téléphone, vient la chercher en auto. Un soir, il lui dit : « Je t’ai donné beaucoup. Maintenant, c’est ton tour de m’aider. Tu pourrais rencontrer des amis à moi. Ils vont te payer. »',
					'',
					'Maya et Léa ne sont pas responsables de ce qui leur arrive. Les adultes qui profitent d’elles, oui.',
					'',
					'Tu peux répondre, écouter ou passer. Tu peux sortir un moment si tu en as besoin.'
				),
				en: md(
					'Here are two made-up stories. Someone on the team reads them out loud.',
					'',
					'**Maya, 14**',
					'',
					'Maya plays an online game. A 19-year-old guy starts messaging her. He is funny. He gives her lots of compliments. He says she is more mature than other girls her age. After a few days, he asks her to move to another app and not tell anyone. “Other people wouldn’t understand.” Then he starts asking her for pictures of herself.',
					'',
					'**Léa, 15**',
					'',
					'Léa meets a 22-year-old man at the mall. He is nice and generous. He pays for her nails, gives her a phone, picks her up in his car. One night, he tells her: “I’ve given you a lot. Now it’s your turn to help me. You could meet some friends of mine. They’ll pay you.”',
					'',
					'Maya and Léa are not responsible for what happens to them. The adults who take advantage of them are.',
					'',
					'You can answer, listen or pass. You can step out for a moment if you need to.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: md(
						'Repérer les signaux d’alerte et des choix qui protègent, sans jamais blâmer Maya ou Léa.',
						'',
						'- **Maya** (contact en ligne) : écart d’âge, flatterie sur sa « maturité », passage à une appli privée, demande de secret, demandes de photos. Ce qui peut aider : en parler à une personne de confiance, bloquer et signaler le compte dans l’appli, appeler une ligne d’aide. Si elle a déjà envoyé une photo, ce n’est pas sa faute, et il n’est jamais trop tard pour demander de l’aide.',
						'- **Léa** (cadeaux) : écart d’âge, cadeaux qui deviennent une « dette », « c’est ton tour », demande de rencontrer des amis pour de l’argent. Léa ne doit rien : un cadeau n’est pas une dette. Ce que propose cet homme est un crime (Code criminel, art. 286.3(2)), tout comme payer une personne de moins de 18 ans pour des services sexuels (art. 286.1(2)).'
					),
					en: md(
						'Spot warning signs and protective choices, without ever blaming Maya or Léa.',
						'',
						'- **Maya** (online contact): age gap, flattery about her “maturity”, moving to a private app, a request for secrecy, requests for pictures. What can help: talking to someone she trusts, blocking and reporting the account in the app, calling a help line. If she already sent a picture, it is not her fault, and it is never too late to ask for help.',
						'- **Léa** (gifts): age gap, gifts that turn into a “debt”, “it’s your turn”, a request to meet friends for money. Léa owes nothing: a gift is not a debt. What this man proposes is a crime (Criminal Code, s. 286.3(2)), as is paying a person under 18 for sexual services (s. 286.1(2)).'
					)
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Rappeler que les histoires sont inventées et qu’on peut sortir. Lire l’histoire de Maya lentement.',
						'2. **3–10 min** — Questions 1 à 3. Noter les réponses en deux colonnes : « signaux d’alerte » et « ce qui peut aider ».',
						'3. **10–12 min** — Lire l’histoire de Léa.',
						'4. **12–20 min** — Questions 4 et 5. Compléter les deux colonnes. Conclure : « Un cadeau n’est pas une dette. Et il n’est jamais trop tard pour demander de l’aide. »'
					),
					en: md(
						'1. **0–3 min** — Remind the group that the stories are made up and that anyone can step out. Read Maya’s story slowly.',
						'2. **3–10 min** — Questions 1 to 3. Write the answers in two columns: “warning signs” and “what can help”.',
						'3. **10–12 min** — Read Léa’s story.',
						'4. **12–20 min** — Questions 4 and 5. Complete the two columns. Close with: “A gift is not a debt. And it is never too late to ask for help.”'
					)
				},
				watchFor: {
					fr: 'Demander « qu’est-ce qui pourrait aider ? », jamais « qu’est-ce qu’elle aurait dû faire ? ». Si le groupe blâme Maya ou Léa (« elle n’aurait pas dû… »), retourner la question : « Qu’est-ce que lui n’aurait pas dû faire ? » Les conseils pratiques (bloquer, signaler) sont utiles, mais ne pas en faire une liste dont l’oubli rendrait une jeune responsable. Si une jeune porte le même prénom qu’un personnage, le changer.',
					en: 'Ask “what could help?”, never “what should she have done?”. If the group blames Maya or Léa (“she shouldn’t have…”), turn the question around: “What shouldn’t he have done?” Practical tips (block, report) are useful, but do not turn them into a checklist whose omission would make a young person responsible. If a participant has the same name as a character, change it.'
				},
				disclosure: disclosure({
					fr: 'Ces histoires peuvent ressembler à ce qu’une jeune vit, en ligne ou avec un adulte généreux. Une jeune qui devient très silencieuse, qui quitte la pièce ou qui dit « c’est comme moi » : la personne de l’équipe l’accompagne, l’écoute sans enquêter et suit la procédure.',
					en: 'These stories may look like what a participant is living, online or with a generous adult. A participant who goes very quiet, leaves the room or says “that’s like me”: the team member goes with her, listens without investigating and follows the procedure.'
				})
			},
			durationMinutes: 20,
			adaptations: {
				rehabilitation: {
					fr: 'Les jeunes n’ont parfois pas accès à Internet dans l’unité : parler aussi des retours de sortie et des contacts qui reprennent à ce moment-là. Éviter de donner des détails sur les applis précises, qui pourraient servir de « mode d’emploi ».',
					en: 'Youth may not have Internet access in the unit: also talk about returns from outings and the contacts that start again at those times. Avoid details about specific apps, which could serve as a “how-to”.'
				},
				community: {
					fr: 'Adapter l’histoire de Maya aux applis et aux jeux que les jeunes utilisent vraiment, sans nommer de compte réel. Prévoir de l’information pour les parents ou tuteurs si l’organisme le fait habituellement.',
					en: 'Adapt Maya’s story to the apps and games the group actually uses, without naming any real account. Prepare information for parents or guardians if the organisation usually does so.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quels signaux d’alerte vois-tu dans l’histoire de Maya ?',
						en: 'What warning signs do you see in Maya’s story?'
					},
					{
						fr: 'Qu’est-ce qui pourrait aider Maya ? À qui pourrait-elle parler ?',
						en: 'What could help Maya? Who could she talk to?'
					},
					{
						fr: 'Si Maya a déjà envoyé une photo, est-ce sa faute ? Qu’est-ce qu’elle peut faire maintenant ?',
						en: 'If Maya already sent a picture, is it her fault? What can she do now?'
					},
					{
						fr: 'Est-ce que Léa doit quelque chose à cet homme ? Pourquoi ?',
						en: 'Does Léa owe this man anything? Why?'
					},
					{
						fr: 'Qu’est-ce qui pourrait aider Léa maintenant ? Qui pourrait l’aider ?',
						en: 'What could help Léa now? Who could help her?'
					}
				]
			}
		},
		{
			id: 'w5-a5-jade-naomi',
			kind: 'discussion',
			title: { fr: 'Deux histoires : Jade et Naomi', en: 'Two stories: Jade and Naomi' },
			participantText: {
				fr: md(
					'Voici deux autres histoires inventées.',
					'',
					'**Jade, 13 ans**',
					'',
					'Chez Jade, il y a souvent des chicanes. Elle passe de plus en plus de temps avec un groupe de jeunes plus vieux. Avec eux, elle se sent enfin acceptée. Alexa, 16 ans, devient sa meilleure amie. Un jour, Alexa lui dit : « Je connais une façon facile de faire de l’argent. Viens juste rencontrer des amis à moi. »',
					'',
					'**Naomi, 16 ans**',
					'',
					'Naomi sort avec un gars de 20 ans depuis deux mois. Au début, il est parfait. Il l’écoute, il lui achète des choses. Il dit qu’elle est la seule qui le comprend. Peu à peu, il lui dit de moins voir ses amies. Puis il dit qu’il a une grosse dette et qu’il est en danger. « Si tu m’aimes, tu vas m’aider. Tu pourrais voir un de mes amis, juste une fois, pour de l’argent. »',
					'',
					'Ici aussi, la responsabilité est celle des personnes qui exploitent. Pas celle de Jade, ni celle de Naomi.',
					'',
					'Tu peux répondre, écouter ou passer. Tu peux sortir un moment si tu en as besoin.'
				),
				en: md(
					'Here are two more made-up stories.',
					'',
					'**Jade, 13**',
					'',
					'At Jade’s home, there is a lot of fighting. She spends more and more time with a group of older teens. With them, she finally feels accepted. Alexa, 16, becomes her best friend. One day, Alexa tells her: “I know an easy way to make money. Just come and meet some friends of mine.”',
					'',
					'**Naomi, 16**',
					'',
					'Naomi has been going out with a 20-year-old guy for two months. At first, he is perfect. He listens to her and buys her things. He says she is the only one who understands him. Little by little, he tells her to see her friends less. Then he says he has a big debt and he is in danger. “If you love me, you’ll help me. You could see a friend of mine, just once, for money.”',
					'',
					'Here too, the responsibility belongs to the people who exploit. Not to Jade, and not to Naomi.',
					'',
					'You can answer, listen or pass. You can step out for a moment if you need to.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: md(
						'Montrer deux autres façons souvent décrites : l’appartenance, par une jeune du même âge, et la relation amoureuse.',
						'',
						'- **Jade** : chercher sa place est un besoin normal ; c’est ce besoin qui est ciblé. Alexa peut elle-même être sous le contrôle de quelqu’un : elle a besoin d’aide, pas de blâme.',
						'- **Naomi** : l’amour et l’attention au début, puis l’isolement, la dette, le chantage affectif (« si tu m’aimes »). Naomi peut encore l’aimer ; ça ne veut pas dire qu’elle est d’accord, ni que c’est sa faute.',
						'- **Pour les quatre histoires** : la responsabilité revient toujours aux personnes qui exploitent.'
					),
					en: md(
						'Show two more ways that are often described: belonging, through a peer, and a romantic relationship.',
						'',
						'- **Jade**: looking for a place to belong is a normal need; that need is what is targeted. Alexa may herself be under someone’s control: she needs help, not blame.',
						'- **Naomi**: love and attention at first, then isolation, debt, emotional blackmail (“if you love me”). Naomi may still love him; that does not mean she agrees, or that it is her fault.',
						'- **For all four stories**: the responsibility always lies with the people who exploit.'
					)
				},
				howTo: {
					fr: md(
						'1. **0–2 min** — Lire l’histoire de Jade.',
						'2. **2–8 min** — Questions 1 et 2. Compléter les deux colonnes.',
						'3. **8–10 min** — Lire l’histoire de Naomi.',
						'4. **10–16 min** — Questions 3 et 4.',
						'5. **16–20 min** — Question 5 en grand groupe. Conclure en lisant à voix haute : « Dans les quatre histoires, la responsabilité est celle des personnes qui exploitent. Demander de l’aide est toujours possible. »'
					),
					en: md(
						'1. **0–2 min** — Read Jade’s story.',
						'2. **2–8 min** — Questions 1 and 2. Complete the two columns.',
						'3. **8–10 min** — Read Naomi’s story.',
						'4. **10–16 min** — Questions 3 and 4.',
						'5. **16–20 min** — Question 5 as a whole group. Close by reading out loud: “In all four stories, the responsibility belongs to the people who exploit. Asking for help is always possible.”'
					)
				},
				watchFor: {
					fr: 'Le recrutement par une amie touche parfois des jeunes du groupe, qui ont pu être poussées à présenter quelqu’un. Ne jamais les faire se sentir coupables devant les autres. Si une jeune nomme une personne réelle, l’arrêter avec douceur et reprendre en privé. Les chicanes à la maison de Jade peuvent faire écho : ne pas demander aux jeunes de parler de leur famille.',
					en: 'Recruitment through a friend sometimes touches participants who may have been pushed to introduce someone. Never make them feel guilty in front of others. If a participant names a real person, gently stop her and pick it up privately. The fighting at Jade’s home may resonate: do not ask participants to talk about their families.'
				},
				disclosure: disclosure({
					fr: 'Une jeune peut se reconnaître en Jade, en Naomi, ou en Alexa. Toutes ont droit à la même écoute, sans jugement. Une information sur une autre jeune en danger est aussi à traiter selon la procédure.',
					en: 'A participant may see herself in Jade, in Naomi, or in Alexa. All of them deserve the same listening, without judgement. Information about another young person in danger is also handled under the procedure.'
				})
			},
			durationMinutes: 20,
			adaptations: {
				rehabilitation: {
					fr: 'La dynamique de groupe de l’unité peut ressembler à celle du groupe de Jade (appartenance, loyauté, recrutement entre jeunes). Ne pas faire le lien devant le groupe ; en parler avec l’équipe clinique. Surveiller les réactions dans l’unité après l’atelier.',
					en: 'The unit’s group dynamics may resemble Jade’s group (belonging, loyalty, recruitment between youth). Do not draw the link in front of the group; discuss it with the clinical team. Watch for reactions in the unit after the workshop.'
				},
				community: {
					fr: 'Si le groupe est formé d’amies, certaines peuvent s’inquiéter les unes pour les autres. Rappeler qu’on peut appeler une ligne d’aide pour une amie, et que l’organisme peut aider.',
					en: 'If the group is made up of friends, some may worry about each other. Remind them that one can call a help line about a friend, and that the organisation can help.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Qu’est-ce que Jade cherche dans ce groupe ? Est-ce normal de chercher ça ?',
						en: 'What is Jade looking for in this group? Is it normal to look for that?'
					},
					{
						fr: 'Alexa est peut-être elle-même contrôlée par quelqu’un. Qu’est-ce que ça change ?',
						en: 'Alexa may be controlled by someone too. What does that change?'
					},
					{
						fr: 'À quel moment vois-tu un premier signal d’alerte dans l’histoire de Naomi ?',
						en: 'When do you see a first warning sign in Naomi’s story?'
					},
					{
						fr: 'Naomi l’aime encore. Qu’est-ce qui pourrait l’aider ? Qui pourrait l’aider ?',
						en: 'Naomi still loves him. What could help her? Who could help her?'
					},
					{
						fr: 'Dans les quatre histoires, qui est responsable ? Pourquoi ?',
						en: 'In all four stories, who is responsible? Why?'
					}
				]
			}
		},
		{
			id: 'w5-a6-grounding',
			kind: 'grounding',
			title: { fr: 'Déposer les histoires', en: 'Setting the stories down' },
			participantText: {
				fr: md(
					'On a entendu des histoires lourdes. On prend un moment pour les déposer ici, avant de partir.',
					'',
					'Tu peux garder les yeux ouverts. Tu peux suivre, ou juste te reposer. Tu choisis.'
				),
				en: md(
					'We heard some heavy stories. Let’s take a moment to set them down here, before we leave.',
					'',
					'You can keep your eyes open. You can follow along, or just rest. You choose.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Contenir les émotions soulevées par les histoires. Aider chaque jeune à revenir dans le présent avant de partir.',
					en: 'Contain the emotions stirred by the stories. Help each participant come back to the present before leaving.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’exercice. Dire que les histoires restent dans la pièce.',
						'2. **1–6 min** — Lire les étapes lentement, avec des pauses.',
						'3. **6–7 min** — Remercier le groupe pour son courage et son écoute.'
					),
					en: md(
						'1. **0–1 min** — Introduce the exercise. Say that the stories stay in the room.',
						'2. **1–6 min** — Read the steps slowly, with pauses.',
						'3. **6–7 min** — Thank the group for their courage and listening.'
					)
				},
				watchFor: {
					fr: 'Ne jamais demander de fermer les yeux. Une jeune agitée, absente ou en pleurs : lui proposer de l’eau, de marcher, de tenir un objet froid, avec une personne de l’équipe. Prolonger cet exercice si le groupe en a besoin, quitte à raccourcir la suite.',
					en: 'Never ask anyone to close her eyes. A participant who is agitated, absent or crying: offer water, a walk, something cold to hold, with a team member. Lengthen this exercise if the group needs it, even if the rest is shortened.'
				},
				disclosure: disclosure({
					fr: 'C’est souvent après les histoires, dans le calme, qu’une jeune se confie. Une personne de l’équipe reste disponible pendant et après l’exercice.',
					en: 'It is often after the stories, in the calm, that a participant confides. One team member stays available during and after the exercise.'
				})
			},
			durationMinutes: 7,
			adaptations: {
				rehabilitation: {
					fr: 'Prévenir l’équipe de l’unité que les jeunes pourraient avoir besoin de calme dans l’heure qui suit. Éviter d’enchaîner avec une activité exigeante.',
					en: 'Let the unit team know the youth may need calm in the following hour. Avoid following with a demanding activity.'
				},
				community: {
					fr: 'Rester sur place quelques minutes après la fin, avec une collation, pour les jeunes qui ne sont pas prêtes à partir.',
					en: 'Stay on site for a few minutes after the end, with a snack, for participants who are not ready to leave.'
				}
			},
			settings: {
				steps: [
					{
						fr: 'Pose tes pieds sur le sol. Sens ton poids sur la chaise.',
						en: 'Put your feet on the floor. Feel your weight on the chair.'
					},
					{
						fr: 'Inspire par le nez. Expire longtemps par la bouche. Trois fois, à ton rythme.',
						en: 'Breathe in through your nose. Breathe out slowly through your mouth. Three times, at your own pace.'
					},
					{
						fr: 'Imagine une boîte solide. Dépose dedans les histoires d’aujourd’hui. Ferme le couvercle. Elles restent ici.',
						en: 'Imagine a strong box. Put today’s stories inside. Close the lid. They stay here.'
					},
					{
						fr: 'Regarde autour de toi. Nomme dans ta tête 3 choses que tu vois.',
						en: 'Look around you. In your head, name 3 things you can see.'
					},
					{
						fr: 'Pense à une chose douce que tu vas faire pour toi aujourd’hui.',
						en: 'Think of one kind thing you will do for yourself today.'
					}
				]
			}
		},
		{
			id: 'w5-a7-closing',
			kind: 'check-in',
			title: {
				fr: 'À retenir, où trouver de l’aide et météo de départ',
				en: 'What to remember, where to get help, and how I feel now'
			},
			participantText: {
				fr: md(
					'**À retenir :**',
					'- Le recrutement commence souvent par de la gentillesse, de l’attention ou des cadeaux.',
					'- Un cadeau ne crée pas de dette.',
					'- Le secret, l’isolement, les dettes et les menaces sont des signaux d’alerte.',
					'- La responsabilité est toujours celle de la personne qui exploite. Jamais celle de la jeune.',
					'- Il n’est jamais trop tard pour demander de l’aide, pour toi ou pour une amie.',
					'',
					'**Où trouver de l’aide :** une personne de l’équipe, ou',
					HELP_LINES.fr,
					'',
					'Avant de partir : comment tu te sens ? Choisis un chiffre de 1 à 5, ou passe.'
				),
				en: md(
					'**What to remember:**',
					'- Recruitment often starts with kindness, attention or gifts.',
					'- A gift does not create a debt.',
					'- Secrets, isolation, debts and threats are warning signs.',
					'- The responsibility always belongs to the person who exploits. Never to the young person.',
					'- It is never too late to ask for help, for yourself or for a friend.',
					'',
					'**Where to get help:** someone on the team, or',
					HELP_LINES.en,
					'',
					'Before you go: how do you feel? Choose a number from 1 to 5, or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Résumer les idées clés, redonner les ressources d’aide et repérer les jeunes qui ont besoin d’un suivi avant qu’elles partent.',
					en: 'Sum up the key ideas, give the help resources again and notice who needs a follow-up before leaving.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Lire les idées à retenir.',
						'2. **3–6 min** — Présenter les ressources d’aide. Préciser que la Ligne d’urgence canadienne contre la traite des personnes peut être appelée pour soi ou pour une amie, et que le 911 est pour un danger immédiat.',
						'3. **6–8 min** — Météo de départ ; on peut passer.',
						'4. **8–10 min** — Remercier le groupe. Annoncer le dernier atelier : se protéger et demander de l’aide. Rester disponible après.'
					),
					en: md(
						'1. **0–3 min** — Read the ideas to remember.',
						'2. **3–6 min** — Present the help resources. Say that the Canadian Human Trafficking Hotline can be called for oneself or about a friend, and that 911 is for immediate danger.',
						'3. **6–8 min** — Check-out weather; anyone can pass.',
						'4. **8–10 min** — Thank the group. Announce the last workshop: protecting yourself and getting help. Stay available afterwards.'
					)
				},
				watchFor: {
					fr: 'Une météo plus basse qu’au début, une jeune qui part vite ou qui reste en retrait : prendre de ses nouvelles avant son départ, en privé, et informer l’équipe selon la procédure.',
					en: 'Weather lower than at the start, a participant who leaves quickly or hangs back: check on her privately before she goes, and inform the team under the procedure.'
				},
				disclosure: disclosure({
					fr: 'Garder du temps et une personne de l’équipe disponibles après cet atelier : c’est souvent à ce moment que les confidences arrivent.',
					en: 'Keep time and a team member available after this workshop: disclosures often come at this moment.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Transmettre à l’équipe de l’unité, selon la procédure, les besoins de suivi repérés, sans rapporter ce qui a été dit dans le groupe. Rappeler comment joindre une ligne d’aide selon les règles de l’unité.',
					en: 'Pass on to the unit team, under the procedure, any follow-up needs, without repeating what was said in the group. Remind the youth how to reach a help line under the unit’s rules.'
				},
				community: {
					fr: 'Vérifier que chaque jeune sait comment elle rentre. Une jeune qui semble avoir peur de partir ou qui dit que quelqu’un l’attend dehors : ne pas la laisser partir seule et suivre la procédure de l’organisme.',
					en: 'Check that each participant knows how she is getting home. A participant who seems afraid to leave, or says someone is waiting for her outside: do not let her leave alone, and follow the organisation’s procedure.'
				}
			},
			settings: {
				question: {
					fr: 'Comment tu te sens en partant ?',
					en: 'How do you feel as you leave?'
				},
				scale: 5
			}
		}
	]
};

// Workshop 6

const gettingHelp: Workshop = {
	id: 'w6-getting-help',
	title: {
		fr: 'Se protéger et demander de l’aide',
		en: 'Protecting yourself and getting help'
	},
	objectives: {
		fr: md(
			'- Connaître ses droits et, en mots simples, ce que dit la loi canadienne sur l’exploitation sexuelle des personnes de moins de 18 ans.',
			'- Savoir qui peut aider : adultes de confiance, équipe, lignes d’aide, DPJ, 911.',
			'- Comprendre que demander de l’aide, pour soi ou pour une amie, ce n’est pas trahir.',
			'- Préparer, en privé, un plan pour prendre soin de soi.',
			'- Clore le parcours des six ateliers.'
		),
		en: md(
			'- Know one’s rights and, in plain words, what Canadian law says about the sexual exploitation of people under 18.',
			'- Know who can help: trusted adults, the team, help lines, the DPJ, 911.',
			'- Understand that asking for help, for yourself or for a friend, is not a betrayal.',
			'- Prepare, privately, a plan to take care of oneself.',
			'- Close the six-workshop journey.'
		)
	},
	durationMinutes: 90,
	materials: {
		fr: md(
			'- L’entente de groupe',
			'- Une grande feuille avec des cercles : moi, mes proches, l’équipe, les lignes d’aide et les services',
			'- Le journal de bord',
			'- La carte des ressources d’aide, une par jeune, complétée avec les ressources locales',
			'- De l’eau, des mouchoirs, un coin calme'
		),
		en: md(
			'- The group agreement',
			'- Flip-chart paper with circles: me, people close to me, the team, help lines and services',
			'- The logbook',
			'- The help resources card, one per participant, completed with local resources',
			'- Water, tissues, a quiet corner'
		)
	},
	contentWarning: {
		fr: 'Cet atelier parle d’exploitation sexuelle, de la loi et de la façon de demander de l’aide, sans détails. Personne n’a à parler de sa vie. Tu peux passer, sortir un moment ou parler en privé à une personne de l’équipe.',
		en: 'This workshop talks about sexual exploitation, the law and how to ask for help, without details. No one has to talk about their own life. You can pass, step out for a moment or talk privately with someone on the team.'
	},
	activities: [
		{
			id: 'w6-a1-welcome',
			kind: 'discussion',
			title: { fr: 'Bienvenue au dernier atelier', en: 'Welcome to the last workshop' },
			participantText: {
				fr: md(
					'Bienvenue ! C’est notre dernier atelier. Aujourd’hui, on parle de tes droits, de la loi et des personnes qui peuvent t’aider.',
					'',
					'Comme toujours : tu peux passer ton tour, sortir un moment, ou juste écouter. Personne n’a à raconter sa vie.'
				),
				en: md(
					'Welcome! This is our last workshop. Today, we talk about your rights, the law and the people who can help you.',
					'',
					'As always: you can pass, step out for a moment, or just listen. No one has to tell their story.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Annoncer le contenu et les façons de se retirer. Faire le lien entre les cinq ateliers précédents et celui-ci. Préparer la fin du groupe.',
					en: 'Announce the content and the ways to step out. Link the five previous workshops to this one. Prepare for the end of the group.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Accueillir chaque jeune. Lire la mise en garde.',
						'2. **3–5 min** — Relire l’entente et la limite de la confidentialité.',
						'3. **5–10 min** — Poser les deux questions ; on peut passer.'
					),
					en: md(
						'1. **0–3 min** — Greet each participant. Read the content note.',
						'2. **3–5 min** — Read the agreement and the limit of confidentiality again.',
						'3. **5–10 min** — Ask the two questions; anyone can pass.'
					)
				},
				watchFor: {
					fr: 'La fin d’un groupe peut raviver des pertes et des séparations. Certaines jeunes deviennent plus distantes ou plus agitées au dernier atelier ; c’est une réaction normale. Les nommer avec douceur sans les interpréter.',
					en: 'The end of a group can stir up losses and separations. Some participants become more distant or restless at the last workshop; this is a normal reaction. Name it gently without interpreting it.'
				},
				disclosure: disclosure({
					fr: 'Un dernier atelier est parfois la dernière occasion qu’une jeune voit pour se confier. Prévoir du temps et une personne disponible après l’atelier.',
					en: 'A last workshop is sometimes the last chance a participant sees to confide. Plan time and an available team member after the workshop.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Coordonner la fin du groupe avec l’équipe de l’unité : qui prend le relais pour les questions qui resteront.',
					en: 'Coordinate the end of the group with the unit team: who takes over for the questions that will remain.'
				},
				community: {
					fr: 'Dire clairement comment les jeunes pourront rejoindre l’organisme après la fin du groupe.',
					en: 'Say clearly how participants can reach the organisation after the group ends.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Quelle idée de nos ateliers t’est restée ?',
						en: 'Which idea from our workshops has stayed with you?'
					},
					{
						fr: 'De quoi as-tu besoin pour ce dernier atelier ?',
						en: 'What do you need for this last workshop?'
					}
				]
			}
		},
		{
			id: 'w6-a2-check-in',
			kind: 'check-in',
			title: { fr: 'Ma météo intérieure', en: 'My inner weather' },
			participantText: {
				fr: md(
					'Comment tu te sens en arrivant ? Le 1, c’est l’orage. Le 5, c’est le grand soleil.',
					'',
					'Tu peux répondre ou passer. Tu n’as pas à expliquer.'
				),
				en: md(
					'How do you feel as you arrive? 1 is a storm. 5 is full sun.',
					'',
					'You can answer or pass. You don’t have to explain.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Prendre le pouls du groupe et ajuster le rythme. Comparer, sans le dire, avec la météo du premier atelier.',
					en: 'Take the group’s pulse and adjust the pace. Compare, without saying so, with the weather at the first workshop.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Rappeler l’échelle de la météo.',
						'2. **1–3 min** — Réponses avec les doigts, un carton ou l’appareil ; on peut passer.',
						'3. **3–5 min** — Remercier et annoncer le déroulement.'
					),
					en: md(
						'1. **0–1 min** — Recall the weather scale.',
						'2. **1–3 min** — Answers with fingers, a card or a device; anyone can pass.',
						'3. **3–5 min** — Thank the group and announce the plan.'
					)
				},
				watchFor: {
					fr: 'Une jeune très basse : lui rappeler discrètement qu’elle peut faire seulement les parties qui lui conviennent.',
					en: 'A participant who is very low: quietly remind her that she can do only the parts that suit her.'
				},
				disclosure: disclosure({
					fr: 'Ne jamais demander pourquoi une météo est basse devant le groupe. Offrir un moment en privé, sans insister.',
					en: 'Never ask why someone’s weather is low in front of the group. Offer a private moment, without pushing.'
				})
			},
			durationMinutes: 5,
			adaptations: {
				rehabilitation: {
					fr: 'Utiliser des cartons si les appareils ne sont pas permis. Tenir compte des départs ou transferts prévus dans l’unité.',
					en: 'Use cards if devices are not allowed. Keep in mind any planned departures or transfers in the unit.'
				},
				community: {
					fr: 'Faire le tour de météo dès l’arrivée, pendant la collation.',
					en: 'Do the check-in on arrival, over a snack.'
				}
			},
			settings: {
				question: {
					fr: 'Comment tu te sens en arrivant ?',
					en: 'How do you feel as you arrive?'
				},
				scale: 5
			}
		},
		{
			id: 'w6-a3-rights-law',
			kind: 'discussion',
			title: {
				fr: 'Tes droits et la loi, en mots simples',
				en: 'Your rights and the law, in plain words'
			},
			participantText: {
				fr: md(
					'**Tes droits**',
					'- Tu as droit à la sécurité et au respect.',
					'- Tu as le droit de dire non, et de changer d’idée.',
					'- Tu as droit à de l’aide, peu importe ce qui s’est passé.',
					'',
					'**La loi au Canada, en mots simples**',
					'- Payer ou donner quelque chose à une personne de moins de 18 ans pour des services sexuels, c’est un crime.',
					'- Pousser une personne de moins de 18 ans à offrir des services sexuels, la recruter pour ça ou contrôler ses déplacements pour ça, c’est un crime.',
					'- Recruter, déplacer, cacher ou contrôler une personne de moins de 18 ans pour l’exploiter, c’est un crime : la traite de personnes.',
					'- Une personne de moins de 18 ans ne peut pas consentir à être vendue, ni à des activités sexuelles en échange de quoi que ce soit.',
					'',
					'Ces lois visent les personnes qui achètent, qui exploitent et qui recrutent. Elles existent pour protéger les jeunes.',
					'',
					'Tu peux participer, écouter ou passer. Tu peux sortir un moment si tu en as besoin.'
				),
				en: md(
					'**Your rights**',
					'- You have the right to be safe and respected.',
					'- You have the right to say no, and to change your mind.',
					'- You have the right to get help, no matter what happened.',
					'',
					'**The law in Canada, in plain words**',
					'- Paying or giving anything to a person under 18 for sexual services is a crime.',
					'- Pushing a person under 18 to offer sexual services, recruiting her for that, or controlling where she goes for that, is a crime.',
					'- Recruiting, moving, hiding or controlling a person under 18 in order to exploit her is a crime: human trafficking.',
					'- A person under 18 cannot consent to being sold, or to sexual activity in exchange for anything.',
					'',
					'These laws target the people who buy, exploit and recruit. They exist to protect young people.',
					'',
					'You can join in, listen or pass. You can step out for a moment if you need to.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: md(
						'Faire connaître les droits des jeunes et, en mots simples, trois infractions du Code criminel :',
						'',
						'- obtenir, moyennant rétribution, des services sexuels d’une personne de moins de 18 ans (art. 286.1(2)) ;',
						'- le proxénétisme à l’égard d’une personne de moins de 18 ans (art. 286.3(2)) ;',
						'- la traite de personnes de moins de 18 ans (art. 279.011).',
						'',
						'Une personne mineure ne peut pas consentir à être vendue ni à des activités sexuelles en échange de quoi que ce soit. Le message central : la loi protège les jeunes et vise les personnes qui achètent, exploitent ou recrutent.'
					),
					en: md(
						'Make known the rights of young people and, in plain words, three Criminal Code offences:',
						'',
						'- obtaining sexual services for consideration from a person under 18 (s. 286.1(2));',
						'- procuring a person under 18 (s. 286.3(2));',
						'- trafficking a person under 18 (s. 279.011).',
						'',
						'A minor cannot consent to being sold or to sexual activity in exchange for anything. The core message: the law protects young people and targets the people who buy, exploit or recruit.'
					)
				},
				howTo: {
					fr: md(
						'1. **0–6 min** — Lire les droits, puis la loi, lentement. Expliquer les mots au besoin (« services sexuels », « traite »), sans détails.',
						'2. **6–11 min** — Question 1. Accueillir la surprise, la colère ou le soulagement.',
						'3. **11–16 min** — Question 2. Réponse clé : parce qu’un adulte a plus de pouvoir, et que la loi veut protéger les jeunes, pas les punir.',
						'4. **16–20 min** — Question 3. Conclure : « Tu as droit à de l’aide, peu importe ce qui s’est passé. »'
					),
					en: md(
						'1. **0–6 min** — Read the rights, then the law, slowly. Explain words if needed (“sexual services”, “trafficking”), without details.',
						'2. **6–11 min** — Question 1. Welcome surprise, anger or relief.',
						'3. **11–16 min** — Question 2. Key answer: because an adult has more power, and the law aims to protect young people, not punish them.',
						'4. **16–20 min** — Question 3. Close with: “You have the right to get help, no matter what happened.”'
					)
				},
				watchFor: {
					fr: 'Ne pas donner d’avis juridique sur une situation précise. Si une jeune demande si elle pourrait avoir des problèmes, ne pas deviner : dire que ces lois visent à protéger les jeunes, que l’aide est son droit, et offrir de chercher la réponse avec elle, en privé, auprès des bonnes personnes. Des jeunes peuvent exprimer de la méfiance envers la police ou la justice : l’accueillir sans débattre.',
					en: 'Do not give legal advice on a specific situation. If a participant asks whether she could get in trouble herself, do not guess: say that these laws aim to protect young people, that help is her right, and offer to find the answer with her, privately, from the right people. Some participants may express distrust of the police or the courts: acknowledge it without debating.'
				},
				disclosure: disclosure({
					fr: 'Entendre que « c’est un crime » peut amener une jeune à reconnaître ce qu’elle vit ou a vécu. Rester calme, la croire, ne pas poser de questions pour enquêter, et suivre la procédure.',
					en: 'Hearing that “it is a crime” can lead a participant to recognise what she is living or has lived. Stay calm, believe her, do not ask investigating questions, and follow the procedure.'
				})
			},
			durationMinutes: 20,
			adaptations: {
				rehabilitation: {
					fr: 'Certaines jeunes sont déjà engagées dans des démarches judiciaires comme victimes ou comme témoins. Ne pas parler de dossiers en cours ; orienter les questions vers leur intervenante ou intervenant.',
					en: 'Some youth are already involved in court proceedings as victims or witnesses. Do not talk about ongoing cases; refer their questions to their caseworker.'
				},
				community: {
					fr: 'Prévoir une personne de l’organisme qui connaît les démarches de plainte et d’accompagnement, pour répondre en privé aux questions qui suivront.',
					en: 'Have someone from the organisation who knows about complaints and support services available to answer follow-up questions privately.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Qu’est-ce qui te surprend dans ces lois ?',
						en: 'What surprises you about these laws?'
					},
					{
						fr: 'Pourquoi la loi dit-elle qu’une personne de moins de 18 ans ne peut pas consentir à être vendue ?',
						en: 'Why does the law say a person under 18 cannot consent to being sold?'
					},
					{
						fr: 'Quel droit aimerais-tu que toutes les jeunes connaissent ?',
						en: 'Which right would you like every young person to know?'
					}
				]
			}
		},
		{
			id: 'w6-a4-who-can-help',
			kind: 'discussion',
			title: { fr: 'Qui peut m’aider ?', en: 'Who can help me?' },
			participantText: {
				fr: md(
					'**Demander de l’aide, ce n’est pas trahir.** C’est prendre soin de toi, ou d’une amie.',
					'',
					'Des personnes peuvent t’aider :',
					'- un adulte de confiance : un parent, quelqu’un de ta famille, une ou un prof, l’infirmière de l’école, une intervenante ou un intervenant ;',
					'- une personne de l’équipe ;',
					'- les lignes d’aide : tu peux appeler ou écrire, pour toi ou pour une amie ;',
					'- le 911, si tu es en danger maintenant.',
					'',
					'**La DPJ**, c’est la protection de la jeunesse. Son rôle : protéger les jeunes. Au Québec, quand un adulte a des raisons de croire qu’une jeune est exploitée, il doit le signaler à la DPJ. Ce n’est pas pour te punir. C’est pour que tu sois en sécurité.',
					'',
					'Si une amie te confie qu’elle est en danger, tu n’as pas à porter ça seule. Tu peux en parler à un adulte de confiance ou appeler une ligne d’aide.',
					'',
					'Tu peux participer, écouter ou passer.'
				),
				en: md(
					'**Asking for help is not a betrayal.** It is taking care of yourself, or of a friend.',
					'',
					'People who can help you:',
					'- a trusted adult: a parent, someone in your family, a teacher, the school nurse, a youth worker;',
					'- someone on the team;',
					'- help lines: you can call or text, for yourself or for a friend;',
					'- 911, if you are in danger right now.',
					'',
					'**The DPJ** is Youth Protection. Its job is to protect young people. In Quebec, when an adult has reasons to believe a young person is being exploited, they must report it to the DPJ. It is not to punish you. It is to keep you safe.',
					'',
					'If a friend tells you she is in danger, you don’t have to carry that alone. You can talk to a trusted adult or call a help line.',
					'',
					'You can join in, listen or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Dessiner avec le groupe un cercle d’aide concret. Expliquer honnêtement le rôle de la DPJ et l’obligation de signalement (Loi sur la protection de la jeunesse, art. 39). Nommer les obstacles à la demande d’aide sans les minimiser. Ne jamais présenter la demande d’aide comme un devoir moral de la jeune : c’est un droit.',
					en: 'Draw a concrete circle of help with the group. Explain honestly the DPJ’s role and the duty to report (Youth Protection Act, s. 39). Name the obstacles to asking for help without minimising them. Never present asking for help as the young person’s moral duty: it is a right.'
				},
				howTo: {
					fr: md(
						'1. **0–4 min** — Lire le texte. Afficher la feuille avec les cercles.',
						'2. **4–8 min** — Question 1 : remplir les cercles avec des types de personnes (jamais de noms).',
						'3. **8–13 min** — Question 2 : la peur, la honte, l’attachement, les menaces, la peur de ne pas être crue, la peur d’être placée, de mauvaises expériences. Accueillir chaque obstacle comme réel.',
						'4. **13–16 min** — Question 3. Réponse clé : la loyauté est une force, mais une personne qui exploite ne mérite pas ta loyauté au prix de ta sécurité.',
						'5. **16–20 min** — Question 4 : écouter, croire, ne pas rester seule avec ça, en parler à un adulte de confiance ou appeler une ligne d’aide avec elle.'
					),
					en: md(
						'1. **0–4 min** — Read the text. Put up the sheet with the circles.',
						'2. **4–8 min** — Question 1: fill the circles with kinds of people (never names).',
						'3. **8–13 min** — Question 2: fear, shame, attachment, threats, fear of not being believed, fear of being placed, bad experiences. Treat each obstacle as real.',
						'4. **13–16 min** — Question 3. Key answer: loyalty is a strength, but someone who exploits you does not deserve your loyalty at the cost of your safety.',
						'5. **16–20 min** — Question 4: listen, believe, don’t stay alone with it, talk to a trusted adult or call a help line together.'
					)
				},
				watchFor: {
					fr: 'Des jeunes qui ont eu de mauvaises expériences avec la DPJ, la police ou des adultes : ne pas défendre les institutions. Reconnaître ce qu’elles ont vécu et rappeler qu’il existe plusieurs portes (lignes d’aide, adultes de confiance, l’équipe). Ne pas promettre ce qui arrivera après un signalement.',
					en: 'Participants who have had bad experiences with the DPJ, the police or adults: do not defend the institutions. Acknowledge what they lived and remind them that there are several doors (help lines, trusted adults, the team). Do not promise what will happen after a report.'
				},
				disclosure: disclosure({
					fr: 'Cette activité invite à demander de l’aide ; une jeune peut le faire tout de suite. Être prête à quitter le groupe avec elle (la deuxième personne de l’équipe poursuit) et à expliquer, avec ses mots à elle, ce qui va se passer ensuite.',
					en: 'This activity invites asking for help; a participant may do so right away. Be ready to leave the group with her (the second team member carries on) and to explain, in words she understands, what happens next.'
				})
			},
			durationMinutes: 20,
			adaptations: {
				rehabilitation: {
					fr: 'Les jeunes en CRJDA sont déjà suivies par la DPJ ; certaines vivent cette aide comme une contrainte. Reconnaître ce sentiment. Nommer concrètement les personnes de l’unité et de leur équipe de suivi vers qui se tourner.',
					en: 'Youth in a CRJDA are already followed by the DPJ; some experience this help as a constraint. Acknowledge that feeling. Name concretely the people in the unit and on their follow-up team they can turn to.'
				},
				community: {
					fr: 'Ajouter au cercle les ressources locales de l’organisme et du quartier, avec leurs heures. Préciser ce que l’organisme fait quand une jeune est en danger.',
					en: 'Add the organisation’s and the neighbourhood’s local resources to the circle, with their hours. Explain what the organisation does when a young person is in danger.'
				}
			},
			settings: {
				prompts: [
					{
						fr: 'Nomme un type d’adulte à qui une jeune pourrait parler.',
						en: 'Name a kind of adult a young person could talk to.'
					},
					{
						fr: 'Qu’est-ce qui peut empêcher une jeune de demander de l’aide ?',
						en: 'What can stop a young person from asking for help?'
					},
					{
						fr: 'Pourquoi demander de l’aide, ce n’est pas trahir ?',
						en: 'Why is asking for help not a betrayal?'
					},
					{
						fr: 'Si une amie te confie qu’elle est en danger, qu’est-ce que tu pourrais faire ?',
						en: 'If a friend tells you she is in danger, what could you do?'
					}
				]
			}
		},
		{
			id: 'w6-a5-my-plan',
			kind: 'reflection',
			title: { fr: 'Mon plan pour prendre soin de moi', en: 'My plan to take care of myself' },
			participantText: {
				fr: md(
					'Un plan, c’est une petite liste pour les moments difficiles. Il t’appartient.',
					'',
					'Ton journal de bord est privé. Personne ne le lit, sauf si tu choisis de le montrer.',
					'',
					'Si c’est plus sûr pour toi, garde ton plan dans ta tête, ou écris seulement des initiales. Tu peux aussi passer.'
				),
				en: md(
					'A plan is a short list for hard moments. It belongs to you.',
					'',
					'Your logbook is private. No one reads it, unless you choose to show it.',
					'',
					'If it is safer for you, keep your plan in your head, or write only initials. You can also pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Aider chaque jeune à préparer, en privé, des ressources concrètes pour les moments difficiles. Rassembler le travail des six ateliers : forces, valeurs, outils de calme, personnes de confiance.',
					en: 'Help each participant prepare, privately, concrete resources for hard moments. Bring together the work of all six workshops: strengths, values, calming tools, trusted people.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Lire le texte et la consigne. Rappeler que le journal est privé.',
						'2. **3–12 min** — Temps d’écriture calme. L’équipe reste disponible pour aider une jeune qui le demande, à voix basse.',
						'3. **12–15 min** — Ne pas demander de lire. Inviter, sans obligation, à nommer une partie du plan qui fait du bien.'
					),
					en: md(
						'1. **0–3 min** — Read the text and the prompt. Remind the group that the logbook is private.',
						'2. **3–12 min** — Quiet writing time. The team stays available to help a participant who asks, quietly.',
						'3. **12–15 min** — Do not ask anyone to read. Invite, without pressure, anyone to name a part of the plan that feels good.'
					)
				},
				watchFor: {
					fr: 'Un plan écrit peut être dangereux s’il est trouvé par une personne qui contrôle la jeune. Insister sur les options : le garder en tête, dans l’application, ou à l’organisme. Une jeune qui ne trouve aucune personne de confiance : ne pas le souligner ; lui rappeler discrètement l’équipe et les lignes d’aide.',
					en: 'A written plan can be dangerous if found by someone who controls the participant. Stress the options: keep it in her head, in the app, or at the organisation. A participant who cannot think of any trusted person: do not point it out; quietly remind her of the team and the help lines.'
				},
				disclosure: disclosure({
					fr: 'Si une jeune choisit de montrer son plan et qu’il révèle un danger, en parler seule avec elle et suivre la procédure.',
					en: 'If a participant chooses to show her plan and it reveals danger, talk with her alone and follow the procedure.'
				})
			},
			durationMinutes: 15,
			adaptations: {
				rehabilitation: {
					fr: 'Penser au plan pour les sorties et pour la fin du placement. Avec l’accord de la jeune, il peut être repris avec son intervenante ou son intervenant de suivi.',
					en: 'Think about the plan for outings and for the end of the placement. With the youth’s agreement, it can be taken up with her caseworker.'
				},
				community: {
					fr: 'Offrir de garder le journal ou le plan à l’organisme. Rappeler que l’organisme reste une porte ouverte après la fin du groupe.',
					en: 'Offer to keep the logbook or the plan at the organisation. Remind the group that the organisation stays an open door after the group ends.'
				}
			},
			settings: {
				prompt: {
					fr: 'Mon plan : 2 personnes de confiance que je peux joindre ; un endroit où je me sens bien ; une ligne d’aide que je veux retenir ; un mot code avec une amie pour dire « j’ai besoin d’aide » ; une chose qui me fait du bien.',
					en: 'My plan: 2 trusted people I can reach; a place where I feel OK; a help line I want to remember; a code word with a friend that means “I need help”; one thing that makes me feel better.'
				}
			}
		},
		{
			id: 'w6-a6-grounding',
			kind: 'grounding',
			title: { fr: 'Ma force à l’intérieur', en: 'My strength inside' },
			participantText: {
				fr: md(
					'On prend un dernier moment de calme ensemble. Tu peux garder les yeux ouverts.',
					'',
					'Tu peux suivre, ou juste te reposer. Tu choisis.'
				),
				en: md(
					'Let’s take one last calm moment together. You can keep your eyes open.',
					'',
					'You can follow along, or just rest. You choose.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Calmer le corps après un atelier chargé. Relier le calme à une force personnelle et à une phrase de droit.',
					en: 'Calm the body after a full workshop. Link calm to a personal strength and a sentence about one’s rights.'
				},
				howTo: {
					fr: md(
						'1. **0–1 min** — Présenter l’exercice. Rappeler que poser une main sur soi est facultatif.',
						'2. **1–6 min** — Lire les étapes lentement, avec des pauses.',
						'3. **6–7 min** — Remercier le groupe.'
					),
					en: md(
						'1. **0–1 min** — Introduce the exercise. Say that placing a hand on oneself is optional.',
						'2. **1–6 min** — Read the steps slowly, with pauses.',
						'3. **6–7 min** — Thank the group.'
					)
				},
				watchFor: {
					fr: 'Le toucher, même sur soi, peut être difficile pour certaines : toujours offrir l’option des mains sur les genoux. Ne jamais demander de fermer les yeux.',
					en: 'Touch, even on oneself, can be hard for some: always offer the hands-on-knees option. Never ask anyone to close her eyes.'
				},
				disclosure: disclosure({
					fr: 'Un moment calme peut faire remonter des émotions. Si une jeune se confie, une personne de l’équipe l’accompagne à l’écart pendant que l’autre poursuit.',
					en: 'A calm moment can bring emotions up. If a participant confides, one team member goes with her to a quiet spot while the other carries on.'
				})
			},
			durationMinutes: 7,
			adaptations: {
				rehabilitation: {
					fr: 'Reprendre un exercice de calme déjà connu de l’unité si le groupe le préfère.',
					en: 'Use a calming exercise the unit already knows if the group prefers.'
				},
				community: {
					fr: 'Faire l’exercice debout, en cercle, si le groupe veut finir ensemble.',
					en: 'Do the exercise standing in a circle if the group wants to finish together.'
				}
			},
			settings: {
				steps: [
					{
						fr: 'Pose tes pieds sur le sol. Redresse-toi doucement, comme un arbre.',
						en: 'Put your feet on the floor. Sit up gently, like a tree.'
					},
					{
						fr: 'Si tu veux, pose une main sur ton ventre ou sur ta poitrine. Sinon, garde tes mains sur tes genoux.',
						en: 'If you want, put a hand on your belly or your chest. If not, keep your hands on your knees.'
					},
					{
						fr: 'Inspire lentement. Expire encore plus lentement.',
						en: 'Breathe in slowly. Breathe out even more slowly.'
					},
					{
						fr: 'Pense à une de tes forces. Celle du premier atelier, ou une autre.',
						en: 'Think of one of your strengths. The one from the first workshop, or another one.'
					},
					{
						fr: 'Dis dans ta tête : « Je mérite d’être en sécurité et respectée. J’ai le droit de demander de l’aide. »',
						en: 'Say in your head: “I deserve to be safe and respected. I have the right to ask for help.”'
					},
					{
						fr: 'Regarde autour de toi. Reviens doucement dans la pièce.',
						en: 'Look around you. Come back gently to the room.'
					}
				]
			}
		},
		{
			id: 'w6-a7-closing',
			kind: 'check-in',
			title: {
				fr: 'À retenir, où trouver de l’aide et au revoir',
				en: 'What to remember, where to get help, and goodbye'
			},
			participantText: {
				fr: md(
					'**À retenir :**',
					'- Tu as droit à la sécurité, au respect et à de l’aide.',
					'- La loi protège les jeunes. Elle vise les personnes qui achètent, exploitent ou recrutent.',
					'- Demander de l’aide, ce n’est pas trahir.',
					'- Il n’est jamais trop tard.',
					'',
					'**Où trouver de l’aide :** une personne de l’équipe, un adulte de confiance, ou',
					HELP_LINES.fr,
					'',
					'C’était notre dernier atelier. Merci pour tout ce que tu as apporté, même en silence.',
					'',
					'Comment tu te sens en partant ? Choisis un chiffre de 1 à 5, ou passe.'
				),
				en: md(
					'**What to remember:**',
					'- You have the right to safety, respect and help.',
					'- The law protects young people. It targets the people who buy, exploit or recruit.',
					'- Asking for help is not a betrayal.',
					'- It is never too late.',
					'',
					'**Where to get help:** someone on the team, a trusted adult, or',
					HELP_LINES.en,
					'',
					'This was our last workshop. Thank you for everything you brought, even in silence.',
					'',
					'How do you feel as you leave? Choose a number from 1 to 5, or pass.'
				)
			},
			facilitatorNotes: {
				goals: {
					fr: 'Clore le parcours sur une note de reconnaissance. S’assurer que chaque jeune repart avec les ressources d’aide et sait comment joindre l’équipe après la fin du groupe.',
					en: 'Close the journey on a note of recognition. Make sure each participant leaves with the help resources and knows how to reach the team after the group ends.'
				},
				howTo: {
					fr: md(
						'1. **0–3 min** — Lire les idées à retenir.',
						'2. **3–5 min** — Redonner la carte des ressources d’aide, complétée avec les ressources locales, et dire comment joindre l’équipe après le groupe.',
						'3. **5–8 min** — Tour de table facultatif : un mot pour le groupe. Chaque jeune peut passer.',
						'4. **8–10 min** — Météo de départ. Remercier chaque jeune. Rester disponible après.'
					),
					en: md(
						'1. **0–3 min** — Read the ideas to remember.',
						'2. **3–5 min** — Hand out the help resources card again, completed with local resources, and say how to reach the team after the group.',
						'3. **5–8 min** — Optional round: one word for the group. Anyone can pass.',
						'4. **8–10 min** — Check-out weather. Thank each participant. Stay available afterwards.'
					)
				},
				watchFor: {
					fr: 'Une météo plus basse qu’au début, ou une jeune qui a du mal à quitter le groupe : prendre de ses nouvelles en privé et prévoir un relais avec une personne de l’équipe ou de l’organisation.',
					en: 'Weather lower than at the start, or a participant who finds it hard to leave the group: check on her privately and plan a hand-off to a team member or the organisation.'
				},
				disclosure: disclosure({
					fr: 'Garder du temps après ce dernier atelier : c’est parfois la dernière occasion qu’une jeune voit pour se confier.',
					en: 'Keep time after this last workshop: it is sometimes the last chance a participant sees to confide.'
				})
			},
			durationMinutes: 10,
			adaptations: {
				rehabilitation: {
					fr: 'Transmettre à l’équipe de l’unité, selon la procédure, les besoins de suivi repérés, sans rapporter ce qui a été dit dans le groupe. Souligner la fin du groupe selon les habitudes de l’unité (collation, attestation de participation).',
					en: 'Pass on to the unit team, under the procedure, any follow-up needs, without repeating what was said in the group. Mark the end of the group as the unit usually does (a snack, a certificate of participation).'
				},
				community: {
					fr: 'Souligner la fin du groupe (collation, attestation de participation si les jeunes le souhaitent). Vérifier que chaque jeune sait comment elle rentre et comment revenir à l’organisme.',
					en: 'Mark the end of the group (a snack, a certificate of participation if the youth want one). Check that each participant knows how she is getting home and how to come back to the organisation.'
				}
			},
			settings: {
				question: {
					fr: 'Comment tu te sens en partant ?',
					en: 'How do you feel as you leave?'
				},
				scale: 5
			}
		}
	]
};

// The program

export const STARTER_PROGRAM: ProgramDocument = {
	schemaVersion: 1,
	title: { fr: 'Partir de nous — six ateliers', en: 'Partir de nous — six workshops' },
	summary: {
		fr: md(
			'Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices.',
			'',
			'Six ateliers de prévention pour les jeunes de 12 à 17 ans : l’estime de soi, la connaissance de soi, l’affirmation de soi, les relations saines et égalitaires, les scénarios de recrutement et comment s’en protéger, puis se protéger et demander de l’aide.',
			'',
			'Chaque atelier dure de 75 à 90 minutes et suit la même structure : accueil et entente de groupe, météo d’arrivée, activités principales, moment de calme, à retenir et ressources d’aide, météo de départ.',
			'',
			'Le programme est écrit pour être sûr devant une jeune qui vit peut-être ce dont il parle : participation toujours facultative, aucune question sur le vécu, histoires inventées et sans détails, responsabilité toujours attribuée à la personne qui exploite. Chaque activité contient des notes pour l’équipe (but, déroulement minuté, points d’attention, conduite en cas de confidence) et des adaptations pour une unité de réadaptation (CRJDA) et pour un organisme communautaire.'
		),
		en: md(
			'Draft for review by professionals and youth co-designers.',
			'',
			'Six prevention workshops for young people aged 12 to 17: self-esteem, self-awareness, self-affirmation, healthy and equal relationships, recruitment scenarios and how to guard against them, then protecting yourself and getting help.',
			'',
			'Each workshop lasts 75 to 90 minutes and follows the same structure: welcome and group agreement, check-in, core activities, a calming moment, what to remember and where to get help, check-out.',
			'',
			'The program is written to be safe in front of a young person who may be living what it talks about: taking part is always optional, no one is asked about her own life, the stories are made up and free of details, and the responsibility always lies with the person who exploits. Each activity carries notes for the team (goal, timed steps, what to watch for, what to do if someone discloses) and adaptations for a youth rehabilitation unit (CRJDA) and for a community organisation.'
		)
	},
	audience: {
		fr: md(
			'Des groupes de jeunes de 12 à 17 ans, en particulier des adolescentes en situation d’exploitation sexuelle ou à risque de l’être, dans une unité de réadaptation (CRJDA) ou un organisme communautaire.',
			'',
			'Un petit groupe est préférable, animé par deux personnes formées : l’une anime, l’autre peut accompagner une jeune qui a besoin de sortir.',
			'',
			'Avant le premier atelier, l’équipe revoit la procédure de l’organisation en cas de confidence et l’obligation de signalement au Directeur de la protection de la jeunesse (Loi sur la protection de la jeunesse, art. 39), et sait expliquer aux jeunes, en mots simples, ce que cela veut dire pour la confidentialité.'
		),
		en: md(
			'Groups of young people aged 12 to 17, especially teenage girls in a situation of sexual exploitation or at risk of it, in a youth rehabilitation unit (CRJDA) or a community organisation.',
			'',
			'A small group works best, led by two trained facilitators: one leads, the other can go with a participant who needs to step out.',
			'',
			'Before the first workshop, the team reviews the organisation’s procedure for disclosures and the duty to report to the Director of Youth Protection (DPJ) (Youth Protection Act, s. 39), and can explain to the youth, in plain words, what this means for confidentiality.'
		)
	},
	ageMin: 12,
	ageMax: 17,
	languages: ['fr', 'en'],
	workshops: [selfEsteem, selfAwareness, selfAffirmation, relationships, recruitment, gettingHelp]
};
