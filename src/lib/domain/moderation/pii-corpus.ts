// Labelled sentences, French and English, and the span-level scoring that measures the guard on them; all invented.
import type { PiiKind } from './pii-guard.ts';

export type PiiExample = { text: string; expected: { kind: PiiKind; text: string }[] };

function has(text: string, ...expected: [PiiKind, string][]): PiiExample {
	return { text, expected: expected.map(([kind, found]) => ({ kind, text: found })) };
}

function none(text: string): PiiExample {
	return { text, expected: [] };
}

const EMAILS: PiiExample[] = [
	has("Tu peux m'écrire à julie.b2009@example.org si tu veux", [
		'email',
		'julie.b2009@example.org'
	]),
	has("mon courriel c'est moi at gmail point com", ['email', 'moi at gmail point com']),
	has('Écris-moi : moi (at) gmail dot com', ['email', 'moi (at) gmail dot com']),
	has('contacte moi arobase hotmail.fr', ['email', 'moi arobase hotmail.fr']),
	has('m o i @ g m a i l . c o m', ['email', 'm o i @ g m a i l . c o m']),
	has('my email is sky_dancer22@example.com', ['email', 'sky_dancer22@example.com']),
	has('Send it to jess [at] example [dot] org please', ['email', 'jess [at] example [dot] org']),
	has('courriel : lili.rose@exemple.ca.', ['email', 'lili.rose@exemple.ca']),
	has("zoe.f@example.qc.ca c'est mon adresse", ['email', 'zoe.f@example.qc.ca']),
	has("J'ai un nouveau mail: petitloup_07 @ example . com", [
		'email',
		'petitloup_07 @ example . com'
	]),
	has('ecris moi: nina2008 arobase example point ca', [
		'email',
		'nina2008 arobase example point ca'
	]),
	has('email me at k.lee+school@example.net', ['email', 'k.lee+school@example.net']),
	has('Mon adresse courriel: MarieSoleil.G@Example.com', ['email', 'MarieSoleil.G@Example.com']),
	has("mon mail c'est coucou123 at hotmail dot fr", ['email', 'coucou123 at hotmail dot fr']),
	has('you can reach me at luna dot star at example dot com', [
		'email',
		'luna dot star at example dot com'
	]),
	has('Mon adresse: lou.b@exemple.org, écris-moi', ['email', 'lou.b@exemple.org']),
	has('Le courriel de ma tante est tante.exemple@example.com', [
		'email',
		'tante.exemple@example.com'
	]),
	has("moi c'est lea_2010 @ gmail . com", ['email', 'lea_2010 @ gmail . com']),
	has('My email: not.real.person(at)example(dot)com', [
		'email',
		'not.real.person(at)example(dot)com'
	]),
	has('écris-moi à jojo123@gmail', ['email', 'jojo123@gmail']),
	has('LILI_B@EXAMPLE.ORG', ['email', 'LILI_B@EXAMPLE.ORG']),
	has('email: a m y 9 9 @ e x a m p l e . c a', ['email', 'a m y 9 9 @ e x a m p l e . c a']),
	has("Si t'as besoin, c'est emma.sans.nom{at}example{point}fr", [
		'email',
		'emma.sans.nom{at}example{point}fr'
	]),
	has('email: bidule.truc@example.travel', ['email', 'bidule.truc@example.travel']),
	has('mon email cest lou2009 @hotmail.com', ['email', 'lou2009 @hotmail.com']),
	has('moi point lune arobase example point com', [
		'email',
		'moi point lune arobase example point com'
	]),
	has('écris à sam_lol@example.org stp', ['email', 'sam_lol@example.org']),
	has('Email: camille_b at example dot ca', ['email', 'camille_b at example dot ca']),
	has('Mon mail: jadou_2009@hotmail.com', ['email', 'jadou_2009@hotmail.com'])
];

const PHONES: PiiExample[] = [
	has('Appelle-moi au 514-555-0199', ['phone', '514-555-0199']),
	has('mon numéro: (438) 555-0123', ['phone', '(438) 555-0123']),
	has('texte moi 5 1 4 - 5 5 5 - 0 1 9 9', ['phone', '5 1 4 - 5 5 5 - 0 1 9 9']),
	has('call me at 555-0142 after school', ['phone', '555-0142']),
	has("+1 514 555 0177 c'est mon cell", ['phone', '+1 514 555 0177']),
	has('Le 1-800-555-0199 répond toute la nuit', ['phone', '1-800-555-0199']),
	has('mon cell 514.555.0166', ['phone', '514.555.0166']),
	has('4385550111', ['phone', '4385550111']),
	has("Mon numéro c'est le 555 0198", ['phone', '555 0198']),
	has('text me: 613 555 0145', ['phone', '613 555 0145']),
	has('5 5 5 0 1 9 9 appelle vite', ['phone', '5 5 5 0 1 9 9']),
	has('texte au 514 555 01 99', ['phone', '514 555 01 99']),
	has('mon num c 514 - 555 - 0123', ['phone', '514 - 555 - 0123']),
	has('(514)5550133', ['phone', '(514)5550133']),
	has('Appelle ma tante au 1 514 555-0188', ['phone', '1 514 555-0188']),
	has('mon numéro est 514 555 0100 poste 22', ['phone', '514 555 0100']),
	has(
		'cell: 819-555-0144, maison: 819-555-0145',
		['phone', '819-555-0144'],
		['phone', '819-555-0145']
	),
	has("Mon # c'est 418 555-0122", ['phone', '418 555-0122']),
	has('Texte-moi au 514 555 0199 ou 555 0100', ['phone', '514 555 0199'], ['phone', '555 0100']),
	has('tel 5145550199.', ['phone', '5145550199']),
	has('joins-moi au 514–555–0190', ['phone', '514–555–0190']),
	has('My cell is 416-555-0112, text before 9', ['phone', '416-555-0112']),
	has('5 1 4 5 5 5 0 1 9 9', ['phone', '5 1 4 5 5 5 0 1 9 9']),
	has('mon numero 514 555 0 1 9 9', ['phone', '514 555 0 1 9 9']),
	has('+15145550155', ['phone', '+15145550155']),
	has('Call 1 (800) 555-0100 if you need to talk', ['phone', '1 (800) 555-0100']),
	has('appel moi 514 5550199', ['phone', '514 5550199']),
	has('Mon numéro : 514 555 – 0198', ['phone', '514 555 – 0198']),
	has('tél. : 450-555-0134', ['phone', '450-555-0134']),
	has('mon numero cest le 5145550143 textez moi', ['phone', '5145550143']),
	has('Appelez au 555-0111 le soir', ['phone', '555-0111']),
	has('txt moi 438 555 0 1 2 3', ['phone', '438 555 0 1 2 3']),
	has("Mon numéro c'est le 514-555-0199, écris-moi", ['phone', '514-555-0199']),
	has('mon cell c le 819 555 0177', ['phone', '819 555 0177']),
	has('appelez-moi: 1 8 1 9 5 5 5 0 1 2 3', ['phone', '1 8 1 9 5 5 5 0 1 2 3']),
	has("mon numéro c'est cinq un quatre, cinq cinq cinq, zéro un neuf neuf", [
		'phone',
		'cinq un quatre, cinq cinq cinq, zéro un neuf neuf'
	]),
	has('text me five five five, zero one four two', ['phone', 'five five five, zero one four two'])
];

const ADDRESSES: PiiExample[] = [
	has("J'habite au 1234 rue Sainte-Catherine", ['address', '1234 rue Sainte-Catherine']),
	has('55, boulevard René-Lévesque Ouest', ['address', '55, boulevard René-Lévesque Ouest']),
	has('On se rejoint au 12 av. du Parc', ['address', '12 av. du Parc']),
	has('I live at 123 Main Street', ['address', '123 Main Street']),
	has("45 Elm St. is my grandma's house", ['address', '45 Elm St.']),
	has("mon code postal c'est H2X 1Y4", ['address', 'H2X 1Y4']),
	has("C'est à l'app. 4 au 2e étage", ['address', 'app. 4']),
	has('3456 boul. Saint-Laurent, app. 12', ['address', '3456 boul. Saint-Laurent, app. 12']),
	has('viens chez moi au 780 chemin du Lac', ['address', '780 chemin du Lac']),
	has('notre foyer est au 99 rue des Érables', ['address', '99 rue des Érables']),
	has("j'habite 1234 rue sainte-catherine est", ['address', '1234 rue sainte-catherine est']),
	has('h3z2y7', ['address', 'h3z2y7']),
	has("It's 88 Maple Avenue, apt 3B", ['address', '88 Maple Avenue, apt 3B']),
	has('789 Queen St W', ['address', '789 Queen St']),
	has('La ferme est au 10 rang Saint-Joseph', ['address', '10 rang Saint-Joseph']),
	has('au 4500, avenue Papineau', ['address', '4500, avenue Papineau']),
	has(
		'1600 rue de la Montagne, Montréal (Québec) H3G 1Z7',
		['address', '1600 rue de la Montagne'],
		['address', 'H3G 1Z7']
	),
	has('Je reste au 22 rue Principale', ['address', '22 rue Principale']),
	has('we live at 12 main street now', ['address', '12 main street']),
	has('au 5 place Ville-Marie', ['address', '5 place Ville-Marie']),
	has('12B rue Ontario', ['address', '12B rue Ontario']),
	has("J'ai déménagé, appartement 305", ['address', 'appartement 305']),
	has('my postal code is K1A 0B1', ['address', 'K1A 0B1']),
	has('Je suis au 333 3e Avenue', ['address', '333 3e Avenue']),
	has('Viens au 2020 Cedar Crescent', ['address', '2020 Cedar Crescent']),
	has('mon adresse c 2345 rue Fullum app 3', ['address', '2345 rue Fullum']),
	has("j'reste au 1456 boul. Décarie", ['address', '1456 boul. Décarie']),
	has('850 Rue Sherbrooke Est', ['address', '850 Rue Sherbrooke Est']),
	has("I'm at 14 Oak Drive", ['address', '14 Oak Drive']),
	has('my address is 77 Sunset Blvd, Unit 5', ['address', '77 Sunset Blvd, Unit 5']),
	has('Je suis au 4-1234 rue Beaubien', ['address', '1234 rue Beaubien']),
	has('code postal j1h 5n4', ['address', 'j1h 5n4']),
	has('G1R4P5', ['address', 'G1R4P5']),
	has("Mon adresse c'est 1234 Sainte-Catherine", ['address', '1234 Sainte-Catherine']),
	has('je reste sur la rue Ontario au 3200', ['address', 'rue Ontario au 3200']),
	has('je suis au 1010 rue Sherbrooke ouest app 1203', [
		'address',
		'1010 rue Sherbrooke ouest app 1203'
	]),
	has(
		'mon adresse: 12, rue des Lilas, J0K 1A0',
		['address', '12, rue des Lilas'],
		['address', 'J0K 1A0']
	)
];

const URLS: PiiExample[] = [
	has('va voir mon site monsite.ca', ['url', 'monsite.ca']),
	has('regarde insta.com/quelquun', ['url', 'insta.com/quelquun']),
	has('Mon blog: www.example.org/moi', ['url', 'www.example.org/moi']),
	has('https://example.com/profil/julie', ['url', 'https://example.com/profil/julie']),
	has('my blog is at juliewrites.blog', ['url', 'juliewrites.blog']),
	has('regarde http://example.net/video?id=12.', ['url', 'http://example.net/video?id=12']),
	has('mon portfolio: lilyart.example.com', ['url', 'lilyart.example.com']),
	has('tiktok.com/@julie2009', ['url', 'tiktok.com/@julie2009']),
	has('clique sur mon lien example.org/rdv', ['url', 'example.org/rdv']),
	has('instagram.com/lune.bleue_', ['url', 'instagram.com/lune.bleue_']),
	has("mon site c'est monsite point com", ['url', 'monsite point com']),
	has('WWW.EXAMPLE.COM', ['url', 'WWW.EXAMPLE.COM']),
	has('check youtube.com/@fakechannel123', ['url', 'youtube.com/@fakechannel123']),
	has('(voir example.ca/photos)', ['url', 'example.ca/photos']),
	has('www.monsite.ca/julie', ['url', 'www.monsite.ca/julie'])
];

const HANDLES: PiiExample[] = [
	has('@julie_2009', ['handle', '@julie_2009']),
	has('suis-moi @lili.rose', ['handle', '@lili.rose']),
	has('snap: julie2009', ['handle', 'julie2009']),
	has("mon insta c'est julie.2009", ['handle', 'julie.2009']),
	has('ajoute-moi sur tiktok julie2009', ['handle', 'julie2009']),
	has('discord julie#1234', ['handle', 'julie#1234']),
	has("mon snap c'est petitechat", ['handle', 'petitechat']),
	has('my insta is @moon.child_', ['handle', '@moon.child_']),
	has('add me on snap lunabelle07', ['handle', 'lunabelle07']),
	has('sc: bbgirl_qc', ['handle', 'bbgirl_qc']),
	has("mon pseudo sur roblox c'est StarGamer99", ['handle', 'StarGamer99']),
	has('my tiktok: dancing.queen', ['handle', 'dancing.queen']),
	has("ajoute moi sur insta, c'est cherry_b", ['handle', 'cherry_b']),
	has('follow me @sunny.days', ['handle', '@sunny.days']),
	has('écris-moi sur discord: nuit_etoilee', ['handle', 'nuit_etoilee']),
	has("mon ig c'est lili2009", ['handle', 'lili2009']),
	has('kik: jojo_the_best', ['handle', 'jojo_the_best']),
	has('Ajoute-moi : mimi_lune', ['handle', 'mimi_lune']),
	has('twitch: gamergirl_qc', ['handle', 'gamergirl_qc']),
	has("Mon Snap c'est Coralie.Bel", ['handle', 'Coralie.Bel']),
	has('suis-moi sur tiktok @emma.dance', ['handle', '@emma.dance']),
	has('DM me on insta: sk8r_gurl', ['handle', 'sk8r_gurl']),
	has('my snap is cloudy', ['handle', 'cloudy']),
	has('Ajoute-moi sur Snapchat : xo.mia.xo', ['handle', 'xo.mia.xo']),
	has("mon compte wattpad c'est plume_de_lune", ['handle', 'plume_de_lune']),
	has('insta: @bella.rose', ['handle', '@bella.rose']),
	has('Mon snap: cocolapin', ['handle', 'cocolapin']),
	has('ajoute moi snap lili_x', ['handle', 'lili_x']),
	has('tiktok @mimi.qc', ['handle', '@mimi.qc']),
	has("Mon discord c'est Mimi#0420", ['handle', 'Mimi#0420']),
	has('ajoute moi sur snap c lea.qc', ['handle', 'lea.qc']),
	has('insta = lili_b', ['handle', 'lili_b']),
	has('mon tiktok c’est @lili', ['handle', '@lili']),
	has("mon YouTube c'est LunaDraws", ['handle', 'LunaDraws']),
	has('snap : lea_xo', ['handle', 'lea_xo']),
	has('add me: jess_xo', ['handle', 'jess_xo']),
	has("I'm on tiktok as dancegirl_09", ['handle', 'dancegirl_09']),
	has('Mon Insta: @Lea.Roy', ['handle', '@Lea.Roy']),
	has("mon snap c'est le même : xoxo.lea", ['handle', 'xoxo.lea'])
];

const NAMES: PiiExample[] = [
	has("Hier, Marie Tremblay m'a parlé de l'atelier", ['name', 'Marie Tremblay']),
	has('Jean-Philippe Gagnon est dans mon groupe', ['name', 'Jean-Philippe Gagnon']),
	has('Emma Roy était là aussi', ['name', 'Emma Roy']),
	has("j'ai vu marie tremblay au parc", ['name', 'marie tremblay']),
	has("Ma voisine s'appelle Ginette Bolduc", ['name', 'Ginette Bolduc']),
	has('Mon amie Chloé Lavoie pense comme moi', ['name', 'Chloé Lavoie']),
	has('My friend Ashley Brown said the same', ['name', 'Ashley Brown']),
	has(
		'Hier Marie Tremblay et Sophie Gagnon sont venues',
		['name', 'Marie Tremblay'],
		['name', 'Sophie Gagnon']
	),
	has("C'est Kevin Côté qui m'a aidée", ['name', 'Kevin Côté']),
	has("J'ai parlé à Mme Nathalie Fortin", ['name', 'Nathalie Fortin']),
	has('Marie-Ève Bouchard-Roy viendra', ['name', 'Marie-Ève Bouchard-Roy']),
	has('Océane Pelletier a fait une affiche', ['name', 'Océane Pelletier']),
	has('avec Noah Martin et Liam Smith', ['name', 'Noah Martin'], ['name', 'Liam Smith']),
	has('Thank you Sarah Johnson for the workshop', ['name', 'Sarah Johnson']),
	has('Mon éducatrice, Valérie Simard, est super', ['name', 'Valérie Simard']),
	has('Xavier Lévesque a ri', ['name', 'Xavier Lévesque']),
	has('Anaïs Kowalczyk est nouvelle', ['name', 'Anaïs Kowalczyk']),
	has("mon chum s'appelle Dylan Mercier", ['name', 'Dylan Mercier']),
	has("Elle s'appelle Yara Haddad", ['name', 'Yara Haddad']),
	has('Jessica Lee est venue', ['name', 'Jessica Lee']),
	has('JULIE GAGNON', ['name', 'JULIE GAGNON']),
	has('La travailleuse sociale Karine Lapointe nous écoute', ['name', 'Karine Lapointe']),
	has('Samuel Nguyen', ['name', 'Samuel Nguyen']),
	has('je connais zoé dubé', ['name', 'zoé dubé']),
	has('Je suis Léa Tremblay, 15 ans', ['name', 'Léa Tremblay']),
	has('Ma cousine Florence Gagné', ['name', 'Florence Gagné']),
	has('Rose Lavoie était là', ['name', 'Rose Lavoie']),
	has('Mon frère Ethan Girard', ['name', 'Ethan Girard']),
	has('My name is Kayla Morgan', ['name', 'Kayla Morgan']),
	has('Ma prof est Mme Isabelle Caron', ['name', 'Isabelle Caron']),
	has('Ma voisine se nomme Xyla Brunswick', ['name', 'Xyla Brunswick']),
	has('Marie Ève Tremblay', ['name', 'Marie Ève Tremblay']),
	has('Emilie Lefebvre', ['name', 'Emilie Lefebvre']),
	has('Mia Haddad-Roy', ['name', 'Mia Haddad-Roy']),
	has('facebook: Julie Tremblay', ['name', 'Julie Tremblay']),
	has("Elle s'appelle Amélie Dufresne", ['name', 'Amélie Dufresne']),
	has("J'ai parlé avec Tommy Bergeron", ['name', 'Tommy Bergeron']),
	has("mon ex, Brandon Leblanc, m'écrit encore", ['name', 'Brandon Leblanc']),
	has("Kim Nguyen m'a aidée", ['name', 'Kim Nguyen']),
	has('Aminata Diallo', ['name', 'Aminata Diallo']),
	has('Sofia Rodriguez vient aussi', ['name', 'Sofia Rodriguez']),
	has('avec laurence bélanger', ['name', 'laurence bélanger']),
	has('Nathan O’Connor', ['name', 'Nathan O’Connor']),
	has('Gabrielle St-Pierre', ['name', 'Gabrielle St-Pierre']),
	has('Je vis avec ma tante Josée Lessard', ['name', 'Josée Lessard']),
	has('Écris-moi sur messenger, Julie Tremblay', ['name', 'Julie Tremblay']),
	has('sophie gagnon c ma meilleure amie', ['name', 'sophie gagnon']),
	has("J'suis dans le groupe avec Maëlle Fortier", ['name', 'Maëlle Fortier']),
	has("J'étais avec Zaylee Okonkwo", ['name', 'Zaylee Okonkwo']),
	has('Hier j’ai croisé Tiana Beausoleil au dépanneur', ['name', 'Tiana Beausoleil'])
];

const MIXED: PiiExample[] = [
	has(
		"Mon snap c'est julie2009 et mon numéro 514-555-0199",
		['handle', 'julie2009'],
		['phone', '514-555-0199']
	),
	has(
		'Écris à Marie Tremblay au 1234 rue Sainte-Catherine',
		['name', 'Marie Tremblay'],
		['address', '1234 rue Sainte-Catherine']
	),
	has(
		'Je suis Chloé Roy, mon courriel est chloe.roy@example.org',
		['name', 'Chloé Roy'],
		['email', 'chloe.roy@example.org']
	),
	has('insta @lea_2009 ou 438-555-0102', ['handle', '@lea_2009'], ['phone', '438-555-0102']),
	has('Viens au 45 Elm St., call 555-0147', ['address', '45 Elm St.'], ['phone', '555-0147']),
	has('site: monsite.ca, snap: coco_2010', ['url', 'monsite.ca'], ['handle', 'coco_2010']),
	has(
		'Sophie Gagnon (sophie.g@example.com)',
		['name', 'Sophie Gagnon'],
		['email', 'sophie.g@example.com']
	),
	has(
		"J'habite au 12 av. du Parc, H2V 4E6, appelle au 514 555 0111",
		['address', '12 av. du Parc'],
		['address', 'H2V 4E6'],
		['phone', '514 555 0111']
	),
	has('My name is Emma Roy, text me 555 0123', ['name', 'Emma Roy'], ['phone', '555 0123']),
	has(
		'discord: luna#4821 et mon mail luna at example point org',
		['handle', 'luna#4821'],
		['email', 'luna at example point org']
	),
	has(
		'Tu peux appeler ma mère, Nathalie Bouchard, au 418-555-0133',
		['name', 'Nathalie Bouchard'],
		['phone', '418-555-0133']
	)
];

// Sentences a participant might write in or after a workshop, with nothing personal in them.
const WORKSHOP_SENTENCES: PiiExample[] = [
	none("J'ai aimé l'atelier sur la confiance en soi"),
	none("Je pense que c'est pas ma faute"),
	none("Ce qui arrive n'est jamais la faute de la personne qu'on manipule."),
	none("On a parlé des signes d'une relation malsaine"),
	none("J'ai trouvé ça difficile mais important"),
	none("Merci à l'intervenante pour son écoute"),
	none('Je me sens plus en sécurité dans le groupe'),
	none("J'aimerais qu'on refasse l'activité des cartes"),
	none("Le scénario avec les choix m'a fait réfléchir"),
	none('Je ne savais pas que ça pouvait être de la manipulation'),
	none('I liked the workshop about boundaries'),
	none("It's not my fault and I know that now"),
	none('I felt safe talking in the group today'),
	none('Hier on a fait une activité sur le consentement'),
	none('Demain je vais en parler à mon intervenante'),
	none("J'ai le droit de dire non"),
	none("Ça m'a fait du bien de savoir que je suis pas seule"),
	none("Je veux qu'on parle plus de l'amitié et de la jalousie"),
	none('We talked about how to ask for help'),
	none("Je sais maintenant qui appeler si j'ai besoin d'aide"),
	none("L'exercice de respiration m'a calmée"),
	none('Some people online pretend to be your friend'),
	none("J'ai passé mon tour et c'était correct"),
	none("Les mythes sur l'exploitation, j'y croyais avant"),
	none("J'ai besoin d'une pause"),
	none('Personne mérite ça'),
	none('I want to come back next week'),
	none("On devrait faire l'atelier dans d'autres écoles"),
	none('Mon intervenante est vraiment à l’écoute'),
	none('My mom and I talked about it at home')
];

// Capitalised words that are places, titles or sentence starts, not people.
const CAPITALISED_NOT_NAMES: PiiExample[] = [
	none('La Maison des jeunes est ouverte le mardi'),
	none('Le Centre jeunesse de Laval organise un atelier'),
	none("Montréal Nord c'est mon quartier"),
	none('On est allées au Parc La Fontaine'),
	none('Le Vieux-Port était beau'),
	none("Saint-Jérôme est loin d'ici"),
	none('Notre-Dame est une belle église'),
	none("J'ai regardé Netflix avec ma soeur"),
	none('Bonne Fête Maman'),
	none('Joyeux Noël à tout le groupe'),
	none('Merci Beaucoup Pour Tout'),
	none('Nous Sommes Fortes Ensemble'),
	none('The Blue Jays won last night'),
	none('New York is on my list'),
	none("La Ronde c'était trop drôle"),
	none("J'ai lu Le Petit Prince"),
	none('Hier Marie est venue'),
	none('Demain Sophie va présenter'),
	none("Merci Julie pour l'atelier"),
	none('Salut Émilie!'),
	none('Quand Jade Est Arrivée'),
	none('Sainte-Julie est une ville'),
	none("Rose Bonbon c'est le nom du café"),
	none('Grand Prix de Montréal'),
	none('Université de Montréal'),
	none('On a pris un café au Tim Hortons'),
	none("Dans Le Groupe On S'entraide"),
	none('Lundi Prochain on recommence'),
	none('On a marché jusqu’à la Place Ville Marie'),
	none('Le Parc Jean-Drapeau était fermé'),
	none('Je suis allée à Toronto avec ma mère'),
	none("J'aime Instagram mais pas TikTok"),
	none('Mon Intervenante Est Gentille'),
	none('Les Canadiens de Montréal ont gagné'),
	none('On a été au Marché Jean-Talon'),
	none('Ma série préférée c’est Stranger Things'),
	none('Le Carrefour Laval était plein'),
	none('Thank You So Much'),
	none('Happy Birthday Mom'),
	none('Trois-Rivières en été, c’est beau'),
	none('Je suis au Cégep du Vieux Montréal'),
	none('On a visité le Musée des Beaux-Arts'),
	none('Le Plateau Mont-Royal est cool'),
	none('Mes amies et moi on va au Carnaval de Québec'),
	none("La Saint-Valentin c'est bientôt"),
	none('Je vais voir Les Misérables'),
	none('Hier Maman Et Moi On A Parlé'),
	none('Merci Madame pour tout'),
	none("J'ai écouté Billie Eilish toute la nuit"),
	none('Je viens de la Côte-Nord'),
	none('My best friend Lily is kind'),
	none('Bravo à Jade et Léa'),
	none("Je m'appelle Chloé"),
	none("J'habite à Laval avec ma famille"),
	none('On a écouté La Reine des neiges'),
	none('Mes idoles: Beyoncé et Rihanna'),
	none('Je vais à la Polyvalente Sainte-Thérèse'),
	none("Ma meilleure amie c'est Léa"),
	none("J'ai regardé Gossip Girl"),
	none("Chez Nous c'est le meilleur endroit"),
	none('On a parlé de Marie Curie en sciences'),
	none('La Petite Patrie est un beau quartier'),
	none("J'ai pris le 24 Sherbrooke")
];

// Times, dates, prices, ages and counts are not phone numbers.
const NUMBERS_NOT_PHONES: PiiExample[] = [
	none("L'atelier commence à 14 h 30"),
	none('On se voit à 2:30 pm'),
	none('rendez-vous à 14h30 au local'),
	none('Le 2024-05-12 on a eu la sortie'),
	none("C'était le 12/05/2024"),
	none('le 3 mars 2025 on recommence'),
	none('Ça coûte 12,50 $'),
	none("J'ai 15 ans et ma soeur a 13 ans"),
	none('On était 12 dans le groupe'),
	none("En 2023 j'ai changé d'école"),
	none("De 2019 à 2021 j'étais au secondaire"),
	none('Le programme dure 8 semaines, 2 heures par semaine'),
	none('Il y a 1 500 000 personnes dans la région'),
	none('The ticket was $12.50'),
	none('Between 9:00 and 17:00'),
	none('We met on 05/12/2024 at 3 pm'),
	none('Score: 10 / 10'),
	none("J'ai lu 300 pages en 2 jours"),
	none('Le bus 55 passe à 8 h 15'),
	none('Ma note était 85 %'),
	none('On a amassé 1250 $ pour le refuge'),
	none('Il faisait -15 degrés'),
	none("J'ai dormi 10 heures"),
	none('Années 2020-2024'),
	none('Le 25 décembre 2024 à 18 h'),
	none('Version 2.3.1'),
	none('1 2 3 soleil'),
	none('On compte 1, 2, 3, 4, 5'),
	none('Le budget est de 1 000 000 000 $'),
	none('Il est né en 2009 et elle en 2010'),
	none("Mon code pour le jeu c'est 4821"),
	none("J'ai fait 10 000 pas aujourd'hui"),
	none('Ma mère a 42 ans'),
	none('Il est 23 h 59'),
	none('Un 5 à 7 au centre'),
	none('2 + 2 = 4'),
	none("À 16 ans j'ai commencé à comprendre"),
	none('du 1er au 15 juin 2025'),
	none('Prix: 19.99 $'),
	none('On est le 12.05.2024'),
	none('Rendez-vous 2024/05/12 10:30'),
	none('Taille 10-12 ans'),
	none("Il y a 555 élèves dans l'école"),
	none("j'ai eu 1000 vues sur ma vidéo"),
	none('Week 3, lesson 2'),
	none('On a parlé pendant 45 minutes'),
	none('Il faut 3 à 5 jours'),
	none('Le 15 mai à 19 h 30 au 2e étage'),
	none('it costs 1 200 $ per year'),
	none('from 2021 to 2024 I was in grade 7 to 10'),
	none('On a eu 2 pauses de 15 min'),
	none('Ça a duré 1 h 45'),
	none('Mon rendez-vous est le 2025-01-15 à 9 h'),
	none('In 2019, 2020 and 2021 we moved'),
	none('À 15h45 on part'),
	none("J'ai 3 sœurs et 2 frères"),
	none("Le 514 c'est l'indicatif de Montréal"),
	none('je suis née le 04-06-2009'),
	none('on était genre 20 30 personnes'),
	none('La chambre 1204 au 12e étage'),
	none("Mon casier c'est le 1234"),
	none('ça fait 555 jours'),
	none('my phone died at 3 pm'),
	none('the meeting is at 10 am in room 3'),
	none('On a appris que 1 personne sur 3 vit ça'),
	none("J'aime le chiffre 7"),
	none("J'ai 14 ans, je suis en secondaire 3"),
	none('Le cours est de 9 h à 12 h, local B-204'),
	none('On se voit le 3 à 15 h'),
	none("Mon groupe c'est le 405"),
	none("J'ai payé 25 $ pour le billet, 2 pour 40 $"),
	none("Le numéro d'urgence c'est le 911"),
	none('Mon année préférée: 2016'),
	none('On a fait 3-4 activités'),
	none('Le match finit 3-2'),
	none("J'ai eu 78.5 %"),
	none('Ça m’a pris 2-3 semaines'),
	none('un deux trois quatre cinq six sept, on y va'),
	none('On a fait la marche de 5 km')
];

// Words that sit near contact details without being any: platforms, "@", dots, street words.
const LOOKALIKES: PiiExample[] = [
	none('Le @ sert dans les courriels'),
	none("J'ai eu 100 % à l'examen"),
	none('#metoo et #confiance'),
	none('On a vu ça sur TikTok hier'),
	none("Instagram c'est toxique parfois"),
	none("J'ai supprimé mon snap"),
	none('Snapchat peut être dangereux'),
	none('Sur Discord il y a des gens bizarres'),
	none("Je regarde des vidéos sur YouTube: c'est relaxant"),
	none('Le site de la DPJ explique nos droits'),
	none("C'était fini.Après on est partis"),
	none("Mon fichier s'appelle photo.png"),
	none('On a utilisé Node.js en classe'),
	none('Le point com, ça date des années 2000'),
	none('Meet me at the gym'),
	none("J'ai écrit un texte sur l'amitié @ l'école"),
	none('On se voit @14h'),
	none("Discord: c'est là qu'on jase"),
	none('Il reste 1 place pour toi'),
	none('On a marché 3 rues'),
	none("J'ai 2 chemins possibles"),
	none('I walked 3 blocks down the street'),
	none('She has 2 Best Friends'),
	none("Au 2e étage de l'école"),
	none("C'est à 5 minutes de la rue principale"),
	none('Il y a 4 avenues possibles'),
	none("mon insta c'est privé"),
	none('my snap is private'),
	none("Mon tiktok c'est surtout des danses"),
	none('I am at school right now'),
	none('Je prends la route 117 pour aller chez ma tante'),
	none('Les réseaux comme insta et snap, faut faire attention'),
	none('Mon pseudo ici, je le garde secret'),
	none('Je ne donne jamais mon adresse ni mon numéro'),
	none("J'ai bloqué quelqu'un sur snap"),
	none("c'est écrit p.ex. dans le cahier"),
	none('Ajoute-moi pas sur rien'),
	none("L'app 3 fois plantée"),
	none('rue, avenue, boulevard: on a appris les mots'),
	none('I have 3 apps on my phone'),
	none('The street was quiet'),
	none('Ma rue est tranquille'),
	none('On joue à Minecraft, c’est trop cool'),
	none('Mon code postal commence par H'),
	none("j'ai 2 comptes insta"),
	none('ma page insta est privée'),
	none('mon snap est bloqué'),
	none('Snap, Insta, TikTok: trop de notifications'),
	none('je préfère discord à snap'),
	none("L'adresse du site est dans le cahier"),
	none("Va sur le site de l'organisme"),
	none("J'ai reçu un message bizarre hier"),
	none('La rue Sainte-Catherine était pleine'),
	none('Le bureau est sur le boulevard'),
	none('Instagram, Snapchat et TikTok ont des règles'),
	none("J'ai vu un post sur insta à 22h"),
	none('tel que dit dans l’atelier'),
	none('Le code de la porte change chaque mois')
];

/** Every labelled example: about half hold personal information, half are tricky sentences without any. */
export const PII_CORPUS: readonly PiiExample[] = [
	...EMAILS,
	...PHONES,
	...ADDRESSES,
	...URLS,
	...HANDLES,
	...NAMES,
	...MIXED,
	...WORKSHOP_SENTENCES,
	...CAPITALISED_NOT_NAMES,
	...NUMBERS_NOT_PHONES,
	...LOOKALIKES
];

export type Located = { kind: PiiKind; start: number; end: number; text: string };
export type KindScore = { expected: number; found: number; recalled: number; correct: number };
export type CorpusScore = {
	examples: number;
	recall: number;
	precision: number;
	byKind: Record<PiiKind, KindScore>;
	falseNegatives: { example: string; span: Located }[];
	falsePositives: { example: string; span: Located }[];
};

const KINDS: readonly PiiKind[] = ['email', 'phone', 'address', 'url', 'handle', 'name'];

/** Where each expected span sits in its example, searching left to right. */
export function locateExpected(example: PiiExample): Located[] {
	let from = 0;
	return example.expected.map(({ kind, text }) => {
		const start = example.text.indexOf(text, from);
		if (start === -1) throw new Error(`"${text}" is not in "${example.text}"`);
		from = start + text.length;
		return { kind, start, end: from, text };
	});
}

const overlaps = (a: Located, b: Located) =>
	a.kind === b.kind && a.start < b.end && b.start < a.end;

/**
 * Span-level scores: a found span is correct when it overlaps an expected span of the same kind; an expected span
 * no found span overlaps is missed.
 */
export function scoreCorpus(
	corpus: readonly PiiExample[],
	find: (text: string) => Located[]
): CorpusScore {
	const byKind = Object.fromEntries(
		KINDS.map((kind) => [kind, { expected: 0, found: 0, recalled: 0, correct: 0 }])
	) as Record<PiiKind, KindScore>;
	const falseNegatives: CorpusScore['falseNegatives'] = [];
	const falsePositives: CorpusScore['falsePositives'] = [];
	for (const example of corpus) {
		const expected = locateExpected(example);
		const found = find(example.text);
		for (const span of expected) {
			byKind[span.kind].expected++;
			if (found.some((other) => overlaps(span, other))) byKind[span.kind].recalled++;
			else falseNegatives.push({ example: example.text, span });
		}
		for (const span of found) {
			byKind[span.kind].found++;
			if (expected.some((other) => overlaps(span, other))) byKind[span.kind].correct++;
			else falsePositives.push({ example: example.text, span });
		}
	}
	const total = (key: keyof KindScore) => KINDS.reduce((sum, kind) => sum + byKind[kind][key], 0);
	return {
		examples: corpus.length,
		recall: total('expected') === 0 ? 1 : total('recalled') / total('expected'),
		precision: total('found') === 0 ? 1 : total('correct') / total('found'),
		byKind,
		falseNegatives,
		falsePositives
	};
}
