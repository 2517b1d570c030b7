// English words for youth pass-phrases: common, concrete, short, and safe to hand to a teen.
/*
 * Every word here was chosen by hand for girls of 12 to 17, some of them in situations of sexual
 * exploitation. Keep to these rules when editing (words.test.ts checks the mechanical ones):
 * - lower-case a-z only, 3 to 8 letters, a word a 12-year-old reads and spells without help;
 * - concrete and neutral: animals, plants, weather, food (no alcohol), objects, places in nature,
 *   instruments, pastimes;
 * - nothing about bodies, sex, violence, weapons, drugs, alcohol, money, police, captivity, death,
 *   religion, family, looks or weight, and no insult, slang senses included, in English or
 *   French: so no "candy", "sugar", "honey", "snow", "grass", "rose", "kitten", "chicken",
 *   "cherry", "peach", "banana", "pine" (vulgar in French), "cave" (an idiot in Quebec), "horse",
 *   "train", "date", "party", "gift", "bread";
 * - no terms of endearment an adult might use to groom ("pumpkin", "peanut", "sunshine", "doll");
 * - no first names, no homophones ("sun"/"son", "pear"/"pair", "flour"/"flower") and no pairs one
 *   letter apart ("hop"/"hope", "cub"/"cube", "map"/"mop"), so a phrase read aloud is typed right.
 */

const themes = {
	mammals: `
		koala panda otter reindeer caribou zebra giraffe lion tiger jaguar puma bobcat llama
		alpaca yak bison buffalo goat pony rhino gazelle antelope meerkat lemur ferret possum
		hedgehog chipmunk mouse dingo wombat platypus wallaby kangaroo mongoose anteater beagle
		collie terrier labrador tabby foal panther
	`,
	birds: `
		sparrow finch parrot parakeet puffin penguin pelican owl eagle falcon hawk heron crane
		swan duck stork magpie wren lark emu ostrich flamingo rooster toucan seagull bluebird
		bluejay starling swift condor dove
	`,
	waterLife: `
		orca narwhal beluga seal dolphin octopus lobster salmon trout cod goldfish minnow
		sardine herring perch eel starfish seahorse coral sponge clam turtle tadpole fish
	`,
	smallCreatures: `
		gecko lizard iguana newt snail ladybug beetle cricket termite firefly moth feather nest
		burrow hive pollen nectar
	`,
	plants: `
		oak maple birch willow cedar elm cactus fern moss tulip lotus lilac clover thistle
		bamboo acorn leaf petal stem branch blossom hedge vine basil parsley sage dill lavender
		marigold magnolia orchid daffodil bluebell shrub tree
	`,
	fruitAndVegetables: `
		apple plum orange lemon lime kiwi mango papaya apricot tomato potato onion garlic celery
		lettuce spinach squash turnip radish corn avocado kale raisin mandarin yam sprouts oats
		wheat
	`,
	food: `
		rice pasta cheese butter soup salad pizza waffle oatmeal jam egg burrito pretzel popcorn
		biscuit pie pudding custard sorbet cocoa tea soda lemonade walnut almond hazelnut noodle
		bagel granola tortilla falafel couscous tofu mustard ketchup stew porridge toffee sushi
		salsa pita crepe burger sandwich baguette crumble sprinkle salt vinegar gravy lunch
		water recipe pecan
	`,
	home: `
		bowl plate spoon fork kettle teapot teacup tray napkin oven fridge stove whisk ladle
		spatula toaster blender saucer pitcher table lamp clock sofa couch shelf desk bench rug
		curtain cushion vase quilt blanket hammock chimney porch balcony stairs doorbell garage
		cottage chalet window door roof wall floor ceiling kitchen hallway bubble comb parcel
		radio pocket thread chair umbrella backpack cupboard saucepan satchel
	`,
	schoolAndArt: `
		pencil pen eraser ruler paper folder stapler crayon marker brush notebook envelope stamp
		postcard calendar sticker notepad printer keyboard chalk easel palette canvas ribbon
		yarn wool poster lunchbox homework alphabet science music art recess lesson quiz doodle
		mosaic comic cartoon
	`,
	hobbies: `
		puzzle domino marble kite balloon robot checkers pinwheel sandbox seesaw riddle story
		poem page chapter letter origami painting drawing pottery knitting cooking baking
		reading juggling magic circus picnic camping hiking bowling tennis golf chess hockey
		yoga rowing sailing surfing skiing skating sledding fishing sewing weaving quilting
		confetti glitter sparkle parade carnival harvest opera soccer
	`,
	clothes: `
		hat cap scarf glove mitten sandal jacket sweater coat apron beanie vest shoe poncho
	`,
	music: `
		piano guitar cello flute drum harp trumpet tuba banjo kazoo gong chime whistle melody
		song tune note band concert bagpipe trombone clarinet tempo chorus anthem jazz
	`,
	skyAndWeather: `
		rain cloud storm thunder wind breeze fog frost sky star moon planet comet galaxy orbit
		meteor sunrise sunset drizzle puddle spring summer winter sunbeam moonbeam horizon
		eclipse cosmos asteroid rainfall sunlight daylight season rocket earth
	`,
	landscape: `
		river lake pond ocean wave sand shell island valley hill mountain canyon forest meadow
		field prairie glacier volcano lagoon dune pebble boulder creek stream oasis tundra marsh
		swamp delta crater bay summit orchard garden trail path fossil quartz granite clay
		seashore hilltop treetop nature
	`,
	coloursAndShapes: `
		blue navy olive mint indigo circle oval cube sphere cone spiral hexagon triangle octagon
	`,
	science: `
		magnet atom prism lens wheel lever engine motor gadget compass globe atlas map lantern
		anchor funnel
	`,
	transport: `
		bus tram ferry boat ship canoe kayak raft sled wagon scooter bicycle tractor sailboat
		glider cart truck gondola
	`,
	places: `
		bakery library museum farm barn castle tower bridge cabin igloo tent windmill fountain
		market marina zoo aquarium stadium campfire village town city
	`,
	tools: `
		shovel compost broom soap towel basket candle ladder gate bell
	`,
	doing: `
		walk climb swim laugh smile hum giggle dream wish hope sing draw paint knit splash
	`
};

/** The English pass-phrase words, in no particular order. */
export const WORDS_EN: readonly string[] = Object.freeze(
	Object.values(themes).join(' ').trim().split(/\s+/)
);
