// The two original starter scenarios (Léa: the "boyfriend" who says she owes him; Maya: recruitment online), in
// French and English, drafts for organisations. Non-graphic, and no choice leads to blame: every path ends with help.
import type { Localized } from '#lib/domain/programs/document.ts';
import {
	SCENARIO_SCHEMA_VERSION,
	type Choice,
	type Debrief,
	type Passage,
	type ScenarioDocument
} from '#lib/domain/scenarios/scenario.ts';

type Mood = Passage['mood'];

/** A plain text from its lines (debriefs are plain text with line breaks, no Markdown). */
const lines = (...items: string[]): string => items.join('\n');

const none = (): Localized => ({ fr: '', en: '' });

/** A fresh copy, so that no two passages share one object. */
const copy = (text: Localized): Localized => ({ fr: text.fr, en: text.en });

/** A name that reads the same in both languages. */
const name = (value: string): Localized => ({ fr: value, en: value });

const noDebrief = (): Debrief => ({
	warningSigns: none(),
	protectiveStrategies: none(),
	help: none()
});

function choice(id: string, to: string, fr: string, en: string): Choice {
	return { id, label: { fr, en }, to };
}

type Common = {
	id: string;
	/** Who speaks; narration when left out. */
	speaker?: Localized;
	mood: Mood;
	text: Localized;
	/** Only when this passage needs one of its own. */
	contentWarning?: Localized;
};

/** A passage the story goes on from. */
function step(passage: Common & { choices: Choice[] }): Passage {
	return {
		id: passage.id,
		text: passage.text,
		speaker: copy(passage.speaker ?? none()),
		mood: passage.mood,
		contentWarning: copy(passage.contentWarning ?? none()),
		ending: false,
		choices: passage.choices,
		debrief: noDebrief()
	};
}

/** An ending, with its debrief. */
function ending(passage: Common & { debrief: Debrief }): Passage {
	return {
		id: passage.id,
		text: passage.text,
		speaker: copy(passage.speaker ?? none()),
		mood: passage.mood,
		contentWarning: copy(passage.contentWarning ?? none()),
		ending: true,
		choices: [],
		debrief: passage.debrief
	};
}

/** Where to get help, said the same way at every ending; `extra` adds one sentence for the story. */
function whereToGetHelp(extra?: Localized): Localized {
	return {
		fr: lines(
			'Tu peux parler à un adulte de confiance (un parent, une intervenante, une enseignante) ou à la personne qui anime le groupe, après l’activité.',
			'Des services gratuits et confidentiels peuvent t’aider : Tel-jeunes, Jeunesse, J’écoute et la Ligne d’urgence canadienne contre la traite des personnes.',
			...(extra ? [extra.fr] : []),
			'Tu trouves leurs coordonnées dans les ressources d’aide.'
		),
		en: lines(
			'You can talk to a trusted adult (a parent, a youth worker, a teacher) or to the person who leads the group, after the activity.',
			'Free, confidential services can help: Tel-jeunes, Kids Help Phone and the Canadian Human Trafficking Hotline.',
			...(extra ? [extra.en] : []),
			'You’ll find how to reach them in the help resources.'
		)
	};
}

const NEVER_HER_FAULT: Localized = {
	fr: 'Ce n’est jamais la faute de la jeune : la responsabilité est toujours celle de la personne qui manipule ou qui exploite.',
	en: 'It is never the young person’s fault: the responsibility always belongs to the person who manipulates or exploits.'
};

// Scenario A: Léa

const DANY = name('Dany');
const CAMILLE = name('Camille');
const SOPHIE = name('Sophie');

const PRESSURE_WARNING: Localized = {
	fr: 'Ce passage parle de pressions et de menaces.',
	en: 'This part talks about pressure and threats.'
};

const lea: ScenarioDocument = {
	schemaVersion: SCENARIO_SCHEMA_VERSION,
	title: { fr: 'Les choix de Léa', en: 'Léa’s choices' },
	summary: {
		fr: 'Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices. Une histoire inventée, à choix. Léa, 15 ans, rencontre un gars plus vieux qui la couvre d’attention et de cadeaux, l’éloigne de ses amies, puis lui dit qu’elle lui « doit » quelque chose. À chaque étape, tu choisis ce que fait Léa. Aucun choix ne rend Léa responsable : chaque chemin mène vers de l’aide.',
		en: 'Draft for review by professionals and youth co-designers. A made-up story where you choose the path. Léa, 15, meets an older guy who showers her with attention and gifts, pulls her away from her friends, then tells her she “owes” him. At each step, you choose what Léa does. No choice makes Léa responsible: every path leads to help.'
	},
	contentWarning: {
		fr: 'Cette histoire parle de manipulation et de pressions dans une relation. Tu peux arrêter ou faire une pause quand tu veux.',
		en: 'This story talks about manipulation and pressure in a relationship. You can stop or take a break whenever you want.'
	},
	languages: ['fr', 'en'],
	start: 'p-start',
	passages: [
		step({
			id: 'p-start',
			mood: 'happy',
			text: {
				fr: 'Un samedi, Léa magasine au centre commercial. Un gars plus vieux, dans la vingtaine, vient lui parler. Il s’appelle Dany. Il est drôle, il lui paie un smoothie et lui dit qu’elle est vraiment belle.',
				en: 'One Saturday, Léa is shopping at the mall. An older guy in his twenties comes over to talk to her. His name is Dany. He is funny, buys her a smoothie and tells her she is really pretty.'
			},
			choices: [
				choice(
					'c-give-number',
					'p-messages',
					'Léa lui donne son numéro.',
					'Léa gives him her number.'
				),
				choice(
					'c-join-friends',
					'p-friends',
					'Léa dit merci et va rejoindre ses amies.',
					'Léa says thanks and goes back to her friends.'
				)
			]
		}),
		step({
			id: 'p-friends',
			mood: 'unsure',
			text: {
				fr: '« Il a quel âge, lui ? Il a l’air pas mal plus vieux que toi », dit Camille. Le soir même, Dany retrouve Léa sur un réseau social. Il lui écrit : « Salut la belle, j’arrête pas de penser à toi. »',
				en: '“How old is he? He looks a lot older than you,” says Camille. That same night, Dany finds Léa on social media. He writes: “Hey beautiful, I can’t stop thinking about you.”'
			},
			choices: [
				choice(
					'c-answer',
					'p-messages',
					'Léa lui répond. Ça lui fait plaisir.',
					'Léa answers him. It makes her happy.'
				),
				choice(
					'c-show-camille',
					'end-step-back',
					'Léa montre le message à Camille et ne répond pas.',
					'Léa shows the message to Camille and doesn’t answer.'
				)
			]
		}),
		step({
			id: 'p-messages',
			speaker: DANY,
			mood: 'happy',
			text: {
				fr: 'Dany écrit à Léa tous les jours : « T’es pas comme les autres filles. T’es mature, toi. » Il lui paie ses ongles et l’emmène manger. Un soir, il lui offre un téléphone neuf.',
				en: 'Dany messages Léa every day: “You’re not like other girls. You’re mature.” He pays for her nails and takes her out to eat. One night, he gives her a brand-new phone.'
			},
			choices: [
				choice(
					'c-accept-phone',
					'p-secret',
					'Léa accepte le téléphone. Elle est contente.',
					'Léa takes the phone. She is happy.'
				),
				choice(
					'c-refuse-phone',
					'p-cold',
					'Léa dit que c’est trop pour elle.',
					'Léa says it’s too much for her.'
				)
			]
		}),
		step({
			id: 'p-cold',
			speaker: DANY,
			mood: 'unsure',
			text: {
				fr: 'Dany devient froid : « Ok… t’es ben compliquée. » Il ne répond plus pendant deux jours. Puis il revient, tout doux, avec des fleurs. Léa ne sait plus quoi penser.',
				en: 'Dany goes cold: “Okay… you’re really difficult.” He doesn’t answer for two days. Then he comes back, all sweet, with flowers. Léa doesn’t know what to think anymore.'
			},
			choices: [
				choice(
					'c-talk-camille',
					'p-camille',
					'Léa en parle à Camille.',
					'Léa talks to Camille about it.'
				),
				choice(
					'c-keep-seeing',
					'p-isolation',
					'Léa continue de le voir, pour ne pas le perdre.',
					'Léa keeps seeing him, so she won’t lose him.'
				)
			]
		}),
		step({
			id: 'p-secret',
			speaker: DANY,
			mood: 'unsure',
			text: {
				fr: '« Ce téléphone-là, c’est juste pour nous deux, dit Dany. Parles-en pas à ta mère, elle comprendrait pas. » Il vient chercher Léa après l’école, en auto. Elle se sent spéciale, mais aussi un peu mal.',
				en: '“This phone is just for the two of us,” Dany says. “Don’t tell your mom, she wouldn’t understand.” He picks Léa up after school in his car. She feels special, but also a bit uneasy.'
			},
			choices: [
				choice('c-keep-secret', 'p-isolation', 'Léa garde le secret.', 'Léa keeps the secret.'),
				choice(
					'c-tell-camille',
					'p-camille',
					'Léa parle du téléphone à Camille.',
					'Léa tells Camille about the phone.'
				)
			]
		}),
		step({
			id: 'p-isolation',
			speaker: DANY,
			mood: 'sad',
			text: {
				fr: 'Dany veut voir Léa tout le temps. « Camille est jalouse de nous deux, pis moi, je suis le seul qui te comprend. » Léa voit de moins en moins ses amies. Samedi, c’est la fête de Camille.',
				en: 'Dany wants to see Léa all the time. “Camille is jealous of us, and I’m the only one who really gets you.” Léa sees her friends less and less. On Saturday, it’s Camille’s birthday party.'
			},
			choices: [
				choice(
					'c-stay-with-dany',
					'p-owes',
					'Léa reste avec Dany, comme il le veut.',
					'Léa stays with Dany, like he wants.'
				),
				choice(
					'c-go-to-party',
					'p-camille',
					'Léa va quand même à la fête de Camille.',
					'Léa goes to Camille’s party anyway.'
				)
			]
		}),
		step({
			id: 'p-camille',
			speaker: CAMILLE,
			mood: 'worried',
			text: {
				fr: 'Camille prend Léa à part. « Je m’inquiète pour toi. Il t’achète plein d’affaires, il veut que tu caches tout, pis on te voit presque plus. C’est pas normal. »',
				en: 'Camille takes Léa aside. “I’m worried about you. He buys you all kinds of stuff, he wants you to hide everything, and we hardly see you anymore. That’s not normal.”'
			},
			choices: [
				choice(
					'c-step-back',
					'end-step-back',
					'Léa l’écoute et décide de prendre ses distances avec Dany.',
					'Léa listens and decides to pull back from Dany.'
				),
				choice(
					'c-see-sophie',
					'p-sophie',
					'Léa accepte d’aller voir Sophie, l’intervenante de l’école, avec Camille.',
					'Léa agrees to go and see Sophie, the school counsellor, with Camille.'
				),
				choice(
					'c-defend-dany',
					'p-owes',
					'Léa défend Dany : « Tu le connais même pas. »',
					'Léa sticks up for Dany: “You don’t even know him.”'
				)
			]
		}),
		step({
			id: 'p-owes',
			speaker: DANY,
			mood: 'worried',
			contentWarning: PRESSURE_WARNING,
			text: {
				fr: 'Un soir, Dany change de ton. « J’ai payé ton téléphone, tes ongles, tout : tu me dois beaucoup. Maintenant, c’est ton tour de m’aider. Tu vas rencontrer des amis à moi, pis ils vont payer. »',
				en: 'One night, Dany’s tone changes. “I paid for your phone, your nails, everything: you owe me a lot. Now it’s your turn to help me. You’re going to meet some friends of mine, and they’ll pay.”'
			},
			choices: [
				choice(
					'c-needs-to-think',
					'p-texts',
					'Léa dit qu’elle doit réfléchir, et elle rentre chez elle.',
					'Léa says she needs to think, and she goes home.'
				),
				choice(
					'c-afraid-to-lose-him',
					'p-trapped',
					'Léa ne dit pas non. Elle a peur de le perdre.',
					'Léa doesn’t say no. She is scared of losing him.'
				)
			]
		}),
		step({
			id: 'p-texts',
			mood: 'worried',
			contentWarning: PRESSURE_WARNING,
			text: {
				fr: 'Dany texte Léa sans arrêt : « Après tout ce que j’ai fait pour toi ! » Puis : « Si tu m’aimes, tu vas le faire. » Léa a peur. Elle se sent coupable, même si elle n’a rien fait de mal.',
				en: 'Dany texts Léa non-stop: “After everything I did for you!” Then: “If you love me, you’ll do it.” Léa is scared. She feels guilty, even though she has done nothing wrong.'
			},
			choices: [
				choice(
					'c-write-camille',
					'p-sophie',
					'Léa écrit à Camille : « Je pense que j’ai besoin d’aide. »',
					'Léa writes to Camille: “I think I need help.”'
				),
				choice(
					'c-look-for-help-line',
					'end-help-line',
					'Léa cherche une ligne d’aide pour les jeunes sur son téléphone.',
					'Léa looks up a help line for young people on her phone.'
				)
			]
		}),
		step({
			id: 'p-trapped',
			mood: 'sad',
			contentWarning: PRESSURE_WARNING,
			text: {
				fr: 'Les semaines passent. Dany demande toujours plus. La « dette » ne finit jamais. Léa est fatiguée, elle a honte, et elle ne voit plus ses amies.',
				en: 'Weeks go by. Dany keeps asking for more. The “debt” never ends. Léa is tired and ashamed, and she doesn’t see her friends anymore.'
			},
			choices: [
				choice(
					'c-reach-out-at-night',
					'end-help-line',
					'Une nuit, Léa cherche de l’aide sur son téléphone.',
					'One night, Léa looks for help on her phone.'
				),
				choice(
					'c-answer-camille',
					'p-sophie',
					'Léa répond enfin aux messages de Camille.',
					'Léa finally answers Camille’s messages.'
				)
			]
		}),
		step({
			id: 'p-sophie',
			speaker: SOPHIE,
			mood: 'calm',
			text: {
				fr: 'Sophie, l’intervenante de l’école, écoute Léa sans la juger. « Merci de me faire confiance. Ce n’est pas ta faute. Pour te protéger, je dois en parler à des personnes qui peuvent t’aider, et je vais t’expliquer chaque étape. »',
				en: 'Sophie, the school counsellor, listens to Léa without judging her. “Thank you for trusting me. This is not your fault. To keep you safe, I need to tell people who can help, and I’ll explain every step to you.”'
			},
			choices: [
				choice(
					'c-accept-help',
					'end-help-adult',
					'Léa accepte l’aide de Sophie.',
					'Léa accepts Sophie’s help.'
				)
			]
		}),
		ending({
			id: 'end-step-back',
			mood: 'calm',
			text: {
				fr: 'Léa trouve que ça va trop vite avec Dany. Elle arrête de lui répondre et le bloque. Elle passe plus de temps avec Camille, et elle en parle à sa mère. Elle se sent soulagée.',
				en: 'Léa feels things are moving too fast with Dany. She stops answering and blocks him. She spends more time with Camille, and she talks to her mom about it. She feels relieved.'
			},
			debrief: {
				warningSigns: {
					fr: lines(
						'Un gars beaucoup plus vieux s’intéresse très vite à Léa.',
						'Il la complimente beaucoup, sans vraiment la connaître.',
						'Il veut lui parler en privé, et il offre des cadeaux qui créent un lien.'
					),
					en: lines(
						'A much older guy takes an interest in Léa very fast.',
						'He gives her lots of compliments without really knowing her.',
						'He wants to talk to her in private, and he gives gifts that create a bond.'
					)
				},
				protectiveStrategies: {
					fr: lines(
						'Écouter son malaise : quand ça va trop vite, on a le droit de ralentir ou d’arrêter.',
						'En parler à une amie ou à un adulte de confiance.',
						'Bloquer et signaler un compte qui met mal à l’aise.',
						'Si Léa avait continué de le voir, ça n’aurait pas été sa faute. ' + NEVER_HER_FAULT.fr
					),
					en: lines(
						'Listen to that uneasy feeling: when things move too fast, you have the right to slow down or stop.',
						'Talk to a friend or a trusted adult.',
						'Block and report an account that makes you uncomfortable.',
						'If Léa had kept seeing him, it would not have been her fault. ' + NEVER_HER_FAULT.en
					)
				},
				help: whereToGetHelp()
			}
		}),
		ending({
			id: 'end-help-adult',
			mood: 'calm',
			text: {
				fr: 'Avec Sophie, Léa rencontre des personnes dont le travail est de la protéger. Des adultes veillent maintenant sur sa sécurité. Ce n’est pas facile tous les jours, mais Léa n’est plus seule. Camille est fière d’elle.',
				en: 'With Sophie, Léa meets people whose job is to protect her. Adults are now looking out for her safety. It isn’t easy every day, but Léa is no longer alone. Camille is proud of her.'
			},
			debrief: {
				warningSigns: {
					fr: lines(
						'Dany offre des cadeaux, puis dit que Léa lui « doit » quelque chose.',
						'Il l’éloigne de ses amies et lui demande de tout cacher.',
						'Il se sert de l’amour pour faire pression : « Si tu m’aimes… »'
					),
					en: lines(
						'Dany gives gifts, then says Léa “owes” him something.',
						'He pulls her away from her friends and asks her to hide everything.',
						'He uses love to pressure her: “If you love me…”'
					)
				},
				protectiveStrategies: {
					fr: lines(
						'Un cadeau n’est pas une dette : Léa ne doit rien à Dany.',
						'Parler à une amie, puis à un adulte de confiance, aide à y voir clair.',
						'Une intervenante ne peut pas garder ce genre de secret : elle en parle à des personnes qui peuvent protéger, comme la DPJ, et elle explique chaque étape.',
						NEVER_HER_FAULT.fr
					),
					en: lines(
						'A gift is not a debt: Léa owes Dany nothing.',
						'Talking to a friend, then to a trusted adult, helps you see clearly.',
						'A youth worker can’t keep this kind of secret: she tells people who can protect, like youth protection (the DPJ), and explains every step.',
						NEVER_HER_FAULT.en
					)
				},
				help: whereToGetHelp()
			}
		}),
		ending({
			id: 'end-help-line',
			mood: 'calm',
			text: {
				fr: 'Léa écrit à Tel-jeunes. L’intervenante la croit et lui dit que ce n’est pas sa faute. Ensemble, elles pensent à un adulte de confiance à qui parler demain. Pour la première fois depuis longtemps, Léa respire un peu mieux.',
				en: 'Léa writes to Tel-jeunes. The counsellor believes her and tells her it is not her fault. Together, they think of a trusted adult she can talk to tomorrow. For the first time in a long while, Léa breathes a little easier.'
			},
			debrief: {
				warningSigns: {
					fr: lines(
						'Une « dette » qui ne finit jamais.',
						'La culpabilité et les menaces : « Après tout ce que j’ai fait pour toi ! »',
						'Léa s’éloigne de ses amies et se sent seule avec sa honte.'
					),
					en: lines(
						'A “debt” that never ends.',
						'Guilt and threats: “After everything I did for you!”',
						'Léa drifts away from her friends and feels alone with her shame.'
					)
				},
				protectiveStrategies: {
					fr: lines(
						'Il n’est jamais trop tard pour demander de l’aide, même après des semaines ou des mois.',
						'Une ligne d’aide écoute sans juger et aide à trouver les prochaines étapes.',
						'Ce que Dany demande est un crime. ' + NEVER_HER_FAULT.fr
					),
					en: lines(
						'It is never too late to ask for help, even after weeks or months.',
						'A help line listens without judging and helps you find the next steps.',
						'What Dany asks for is a crime. ' + NEVER_HER_FAULT.en
					)
				},
				help: whereToGetHelp()
			}
		})
	]
};

// Scenario B: Maya

const AGENCY: Localized = { fr: 'Agence Éclat', en: 'Éclat Agency' };
const INES = name('Inès');
const ALEX = name('Alex');

const PARTY_WARNING: Localized = {
	fr: 'Ce passage parle de pressions de la part d’adultes.',
	en: 'This part talks about pressure from adults.'
};

const CYBERTIP: Localized = {
	fr: 'Cyberaide.ca et AidezMoiSVP.ca aident les jeunes quand une photo circule ou qu’on les menace en ligne.',
	en: 'Cybertip.ca and NeedHelpNow.ca help young people when a photo is being shared or someone threatens them online.'
};

const maya: ScenarioDocument = {
	schemaVersion: SCENARIO_SCHEMA_VERSION,
	title: { fr: 'Maya et le message', en: 'Maya and the message' },
	summary: {
		fr: 'Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices. Une histoire inventée, à choix. Maya, 14 ans, reçoit des messages d’un compte inconnu qui lui promet une carrière de mannequin, de l’argent facile et un party. La personne veut continuer sur une appli privée, demande des photos, puis propose une rencontre. À chaque étape, tu choisis ce que fait Maya. Aucun choix ne rend Maya responsable : chaque chemin mène vers de l’aide.',
		en: 'Draft for review by professionals and youth co-designers. A made-up story where you choose the path. Maya, 14, gets messages from an unknown account promising a modelling career, easy money and a party. The person wants to move to a private app, asks for photos, then suggests meeting. At each step, you choose what Maya does. No choice makes Maya responsible: every path leads to help.'
	},
	contentWarning: {
		fr: 'Cette histoire parle de manipulation en ligne, de demandes de photos et de pressions. Tu peux arrêter ou faire une pause quand tu veux.',
		en: 'This story talks about manipulation online, requests for photos and pressure. You can stop or take a break whenever you want.'
	},
	languages: ['fr', 'en'],
	start: 'p-start',
	passages: [
		step({
			id: 'p-start',
			mood: 'happy',
			text: {
				fr: 'Maya publie une photo de sa nouvelle coupe de cheveux sur un réseau social. Un compte qu’elle ne connaît pas, « Agence Éclat », commente : « Wow ! T’as le look d’une vraie mannequin. » Puis le compte lui envoie un message privé.',
				en: 'Maya posts a photo of her new haircut on social media. An account she doesn’t know, “Éclat Agency”, comments: “Wow! You look like a real model.” Then the account sends her a private message.'
			},
			choices: [
				choice(
					'c-reply',
					'p-offer',
					'Maya répond. C’est flatteur !',
					'Maya answers. It’s flattering!'
				),
				choice(
					'c-ask-ines',
					'p-ines',
					'Maya montre le message à son amie Inès.',
					'Maya shows the message to her friend Inès.'
				)
			]
		}),
		step({
			id: 'p-ines',
			speaker: INES,
			mood: 'unsure',
			text: {
				fr: 'Inès fronce les sourcils. « C’est louche. Une vraie agence parlerait à tes parents. Pis pourquoi ils écrivent à une fille de notre âge ? »',
				en: 'Inès frowns. “That’s sketchy. A real agency would talk to your parents. And why are they messaging a girl our age?”'
			},
			choices: [
				choice(
					'c-block',
					'end-block-report',
					'Maya bloque le compte, le signale et en parle à son père.',
					'Maya blocks the account, reports it and tells her dad.'
				),
				choice(
					'c-just-to-see',
					'p-offer',
					'Maya répond quand même, juste pour voir.',
					'Maya answers anyway, just to see.'
				)
			]
		}),
		step({
			id: 'p-offer',
			speaker: AGENCY,
			mood: 'happy',
			text: {
				fr: '« On cherche de nouveaux visages. Tu pourrais faire de l’argent facilement, pis venir à nos partys avec du monde important ! » Puis : « On continue sur une autre appli, c’est plus simple. Pis garde ça pour toi : ce sera une surprise pour tes parents. »',
				en: '“We’re looking for new faces. You could make easy money, and come to our parties with important people!” Then: “Let’s keep talking on another app, it’s easier. And keep it to yourself: it’ll be a surprise for your parents.”'
			},
			choices: [
				choice(
					'c-switch-app',
					'p-private',
					'Maya accepte de changer d’appli.',
					'Maya agrees to switch apps.'
				),
				choice(
					'c-ask-about-mom',
					'p-parents',
					'Maya demande si sa mère peut venir aussi.',
					'Maya asks if her mom can come too.'
				)
			]
		}),
		step({
			id: 'p-parents',
			speaker: AGENCY,
			mood: 'unsure',
			text: {
				fr: '« Pas besoin de tes parents. T’es assez grande pour décider. Pis une chance comme ça, ça passe juste une fois ! » Maya trouve ça bizarre, et elle se sent pressée.',
				en: '“No need for your parents. You’re old enough to decide. And a chance like this only comes once!” Maya thinks that’s strange, and she feels rushed.'
			},
			choices: [
				choice(
					'c-block-and-tell',
					'end-block-report',
					'Maya bloque le compte, le signale et en parle à son père.',
					'Maya blocks the account, reports it and tells her dad.'
				),
				choice(
					'c-switch-anyway',
					'p-private',
					'Maya accepte de continuer sur l’autre appli.',
					'Maya agrees to keep talking on the other app.'
				)
			]
		}),
		step({
			id: 'p-private',
			speaker: ALEX,
			mood: 'unsure',
			contentWarning: {
				fr: 'Ce passage parle de demandes de photos intimes.',
				en: 'This part talks about requests for intimate photos.'
			},
			text: {
				fr: 'Sur l’autre appli, c’est Alex qui écrit. Il est gentil et drôle. Après quelques jours, il demande des photos de Maya « pour le portfolio ». Puis il en veut de plus en plus osées : « Tout le monde fait ça dans le métier. »',
				en: 'On the other app, Alex is the one writing. He is nice and funny. After a few days, he asks for photos of Maya “for the portfolio”. Then he wants more and more revealing ones: “Everyone does this in the business.”'
			},
			choices: [
				choice('c-say-no', 'p-invite', 'Maya dit non.', 'Maya says no.'),
				choice(
					'c-send-photo',
					'p-threat',
					'Maya envoie une photo. Elle a peur de perdre sa chance.',
					'Maya sends a photo. She is afraid of losing her chance.'
				),
				choice(
					'c-stop-and-tell',
					'end-block-report',
					'Maya arrête tout, bloque Alex et en parle à son père.',
					'Maya stops everything, blocks Alex and tells her dad.'
				)
			]
		}),
		step({
			id: 'p-threat',
			speaker: ALEX,
			mood: 'worried',
			contentWarning: {
				fr: 'Ce passage parle de menaces et de chantage.',
				en: 'This part talks about threats and blackmail.'
			},
			text: {
				fr: 'Alex change de ton. « Envoie-m’en d’autres, sinon je montre ta photo à tous tes contacts. » Maya a peur et elle a honte. Elle ne sait plus quoi faire.',
				en: 'Alex’s tone changes. “Send me more, or I’ll show your photo to all your contacts.” Maya is scared and ashamed. She doesn’t know what to do.'
			},
			choices: [
				choice(
					'c-tell-aunt',
					'end-photo-help',
					'Maya arrête de répondre et raconte tout à sa tante Nadia.',
					'Maya stops answering and tells her aunt Nadia everything.'
				),
				choice(
					'c-write-help-line',
					'p-help-line',
					'Maya écrit à Jeunesse, J’écoute.',
					'Maya texts Kids Help Phone.'
				)
			]
		}),
		step({
			id: 'p-help-line',
			speaker: { fr: 'Intervenante de Jeunesse, J’écoute', en: 'Kids Help Phone counsellor' },
			mood: 'calm',
			text: {
				fr: '« Tu as bien fait de m’écrire. Ce n’est pas ta faute. Arrête de lui répondre et garde les messages. Il existe de l’aide pour faire retirer une photo, et un adulte de confiance peut t’accompagner. »',
				en: '“I’m glad you reached out. It’s not your fault. Stop answering him and keep the messages. There is help to get a photo taken down, and a trusted adult can support you.”'
			},
			choices: [
				choice(
					'c-tell-aunt-now',
					'end-photo-help',
					'Maya décide d’en parler à sa tante Nadia.',
					'Maya decides to tell her aunt Nadia.'
				)
			]
		}),
		step({
			id: 'p-invite',
			speaker: ALEX,
			mood: 'unsure',
			text: {
				fr: 'Alex insiste un peu, puis change de sujet. « Correct, oublie les photos. Viens plutôt au party samedi : je vais te présenter du monde, pis il y a de l’argent à faire. Pas un mot à tes parents. »',
				en: 'Alex pushes a bit, then changes the subject. “Fine, forget the photos. Come to the party on Saturday instead: I’ll introduce you to people, and there’s money to be made. Not a word to your parents.”'
			},
			choices: [
				choice(
					'c-no-and-block',
					'end-block-report',
					'Maya dit non, bloque Alex et en parle à son père.',
					'Maya says no, blocks Alex and tells her dad.'
				),
				choice(
					'c-yes',
					'p-saturday',
					'Maya dit oui. Elle est curieuse.',
					'Maya says yes. She’s curious.'
				)
			]
		}),
		step({
			id: 'p-saturday',
			mood: 'unsure',
			text: {
				fr: 'Samedi arrive. Le party est dans un appartement, dans un quartier que Maya ne connaît pas. Elle est excitée, mais nerveuse aussi.',
				en: 'Saturday comes. The party is in an apartment, in a part of town Maya doesn’t know. She is excited, but nervous too.'
			},
			choices: [
				choice(
					'c-bring-ines',
					'p-party-with-ines',
					'Maya demande à Inès de venir et dit à sa grande sœur où elle va.',
					'Maya asks Inès to come and tells her big sister where she’s going.'
				),
				choice(
					'c-go-alone',
					'p-party-alone',
					'Maya y va seule, comme Alex l’a demandé.',
					'Maya goes alone, like Alex asked.'
				)
			]
		}),
		step({
			id: 'p-party-with-ines',
			mood: 'worried',
			contentWarning: PARTY_WARNING,
			text: {
				fr: 'Au party, il y a surtout des adultes. Alex présente Maya à un homme beaucoup plus vieux : « Lui, il peut te faire gagner de l’argent ce soir. » Inès serre le bras de Maya. Les deux amies se regardent.',
				en: 'At the party, it’s mostly adults. Alex introduces Maya to a much older man: “He can help you make some money tonight.” Inès squeezes Maya’s arm. The two friends look at each other.'
			},
			choices: [
				choice(
					'c-leave-together',
					'end-left-party',
					'Maya et Inès partent tout de suite et appellent la grande sœur de Maya.',
					'Maya and Inès leave right away and call Maya’s big sister.'
				)
			]
		}),
		step({
			id: 'p-party-alone',
			mood: 'worried',
			contentWarning: PARTY_WARNING,
			text: {
				fr: 'Au party, il y a surtout des adultes. Alex présente Maya à un homme beaucoup plus vieux : « Lui, il peut te faire gagner de l’argent ce soir. » Quand Maya veut partir, Alex dit : « Tu me dois bien ça, je t’ai invitée. »',
				en: 'At the party, it’s mostly adults. Alex introduces Maya to a much older man: “He can help you make some money tonight.” When Maya wants to leave, Alex says: “You owe me that much, I invited you.”'
			},
			choices: [
				choice(
					'c-text-sister',
					'end-left-party',
					'Maya dit qu’elle va aux toilettes et texte sa grande sœur.',
					'Maya says she’s going to the bathroom and texts her big sister.'
				),
				choice(
					'c-walk-out',
					'end-left-party',
					'Maya sort de l’appartement et demande de l’aide au dépanneur du coin.',
					'Maya walks out and asks for help at the corner store.'
				)
			]
		}),
		ending({
			id: 'end-block-report',
			mood: 'calm',
			text: {
				fr: 'Maya bloque le compte et le signale dans l’appli. Son père l’écoute sans se fâcher. Ensemble, ils signalent aussi le compte à Cyberaide.ca. Maya est contente d’avoir écouté son malaise.',
				en: 'Maya blocks the account and reports it in the app. Her dad listens without getting mad. Together, they also report the account to Cybertip.ca. Maya is glad she listened to her gut.'
			},
			debrief: {
				warningSigns: {
					fr: lines(
						'Un compte inconnu qui fait beaucoup de compliments, très vite.',
						'Une offre d’argent facile ou de mannequinat, sans les parents.',
						'La demande de changer d’appli et de garder le secret.'
					),
					en: lines(
						'An unknown account that gives lots of compliments, very fast.',
						'An offer of easy money or modelling, without parents.',
						'Being asked to switch apps and keep it secret.'
					)
				},
				protectiveStrategies: {
					fr: lines(
						'Demander l’avis d’une amie ou d’un adulte de confiance.',
						'Bloquer et signaler le compte, dans l’appli et à Cyberaide.ca.',
						'Si Maya avait continué à répondre, ou envoyé une photo, ça n’aurait pas été sa faute. ' +
							NEVER_HER_FAULT.fr
					),
					en: lines(
						'Ask a friend or a trusted adult what they think.',
						'Block and report the account, in the app and to Cybertip.ca.',
						'If Maya had kept answering, or sent a photo, it would not have been her fault. ' +
							NEVER_HER_FAULT.en
					)
				},
				help: whereToGetHelp(CYBERTIP)
			}
		}),
		ending({
			id: 'end-photo-help',
			speaker: name('Nadia'),
			mood: 'calm',
			text: {
				fr: 'Tante Nadia écoute Maya sans la juger et lui dit que ce n’est pas sa faute. Ensemble, elles font un signalement à Cyberaide.ca et trouvent sur AidezMoiSVP.ca les étapes pour faire retirer la photo. Maya n’est plus seule avec ce secret.',
				en: 'Aunt Nadia listens to Maya without judging her and tells her it is not her fault. Together, they make a report to Cybertip.ca and find the steps to get the photo taken down on NeedHelpNow.ca. Maya isn’t alone with this secret anymore.'
			},
			debrief: {
				warningSigns: {
					fr: lines(
						'Une personne rencontrée en ligne demande des photos, puis des photos plus osées.',
						'Elle dit que « tout le monde fait ça ».',
						'Puis elle menace pour en obtenir d’autres : c’est du chantage.'
					),
					en: lines(
						'Someone met online asks for photos, then for more revealing ones.',
						'They say “everyone does this”.',
						'Then they make threats to get more: that is blackmail.'
					)
				},
				protectiveStrategies: {
					fr: lines(
						'Arrêter de répondre, garder les messages et ne pas envoyer d’autres photos.',
						'En parler à un adulte de confiance : il n’est jamais trop tard.',
						'Maya a été manipulée : avoir envoyé une photo ne la rend pas responsable. ' +
							NEVER_HER_FAULT.fr
					),
					en: lines(
						'Stop answering, keep the messages and don’t send more photos.',
						'Talk to a trusted adult: it is never too late.',
						'Maya was manipulated: having sent a photo does not make her responsible. ' +
							NEVER_HER_FAULT.en
					)
				},
				help: whereToGetHelp(CYBERTIP)
			}
		}),
		ending({
			id: 'end-left-party',
			mood: 'calm',
			text: {
				fr: 'Maya est dehors, en sécurité. Sa grande sœur vient la chercher. Le lendemain, elles en parlent ensemble à un adulte de confiance, qui aide Maya pour la suite. Maya est encore secouée, mais elle n’est pas seule.',
				en: 'Maya is outside and safe. Her big sister comes to pick her up. The next day, they talk to a trusted adult together, who helps Maya with what comes next. Maya is still shaken, but she isn’t alone.'
			},
			debrief: {
				warningSigns: {
					fr: lines(
						'Un party avec surtout des adultes, dans un endroit inconnu.',
						'Une offre d’argent « ce soir » avec un homme beaucoup plus vieux.',
						'« Tu me dois bien ça » et « pas un mot à tes parents ».'
					),
					en: lines(
						'A party with mostly adults, in a place you don’t know.',
						'An offer of money “tonight” with a much older man.',
						'“You owe me that much” and “not a word to your parents”.'
					)
				},
				protectiveStrategies: {
					fr: lines(
						'Dire à une personne de confiance où on va, et y aller avec une amie quand c’est possible.',
						'On a toujours le droit de partir, même si quelqu’un dit qu’on lui doit quelque chose.',
						'Être allée au party ne rend pas Maya responsable. ' + NEVER_HER_FAULT.fr
					),
					en: lines(
						'Tell someone you trust where you are going, and go with a friend when you can.',
						'You always have the right to leave, even if someone says you owe them something.',
						'Going to the party does not make Maya responsible. ' + NEVER_HER_FAULT.en
					)
				},
				help: whereToGetHelp()
			}
		})
	]
};

export const STARTER_SCENARIOS: readonly ScenarioDocument[] = [lea, maya];
