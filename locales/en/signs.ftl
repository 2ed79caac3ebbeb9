## The signs page. Each sign: its name, what it means (-text) and what the drawing shows (-desc,
## read by screen readers). The list is in src/model/signs.rs.

signs-group-standard = The standard warning sign
signs-group-standard-intro = Signs are put up along the edge of a mined area so that anyone coming near can see them. Under the international rules the sign is a red or orange triangle or square with a yellow reflective border. It shows a skull and crossbones (or another well-known danger symbol) and the word for mines, in the local language and in one of the six official languages of the UN (English or Russian, for example). The drawings are examples: signs in Azerbaijan can look different. Any sign like them means stop, go no further.
# The words on the drawn signs, whatever the page language: the word for mines in
# Azerbaijani and in English, as examples (no source gives the exact text of Azerbaijan's signs).
sign-word-local = MİNA
sign-word-international = MINES
sign-triangle = Triangle sign
sign-triangle-text = Red or orange, a yellow border, a skull and crossbones, the word for mines. Do not go past it.
sign-triangle-desc = A red triangle with a yellow border. On it, a white skull and crossbones and the word for mines.
sign-square = Square sign
sign-square-text = The same warning on a square sign, often in two languages. Do not go past it.
sign-square-desc = A red square sign on a post, with a yellow border. On it, a white skull and crossbones and the word for mines in two languages.
sign-tape = Tape
sign-tape-text = Red-and-white or yellow tape around an area means that nobody may go in. Never cross it or move it.
sign-tape-desc = Two posts with red-and-white tape and yellow tape stretched between them.
signs-group-improvised = Signs people make
signs-group-improvised-intro = Where there is no official sign, local people, soldiers or deminers mark danger with whatever they have. These signs have no fixed form: any of them can mean mines. The ones below were seen in other countries.
sign-crossed-sticks = Crossed sticks
sign-crossed-sticks-text = Two sticks crossed and pushed into the ground.
sign-crossed-sticks-desc = Two sticks standing in the ground, crossed like an X.
sign-tied-sticks = Sticks tied with grass
sign-tied-sticks-text = Two sticks tied with grass and laid in a cross on a road or path.
sign-tied-sticks-desc = Two sticks lying crossed on a path, tied together with grass.
sign-red-cloth = Red cloth on a branch
sign-red-cloth-text = A red rag or a bright ribbon tied to a branch or a bush.
sign-red-cloth-desc = A bare branch with a red cloth tied to it.
sign-red-stones = Red-painted stones
sign-red-stones-text = Stones painted red.
sign-red-stones-desc = A few grey stones, the top one painted red.
sign-painted-words = Painted words
sign-painted-words-text = A warning written on a wall, a fence, a board or a wreck.
sign-painted-words-desc = A wall with the word for mines painted on it in red.
sign-branches = A pile of branches
sign-branches-text = Branches heaped across a path to block it.
sign-branches-desc = A heap of branches lying across a path.
signs-group-danger = Danger without a sign
signs-group-danger-intro = A dangerous place does not always have a sign. These are signs that mines or unexploded ordnance may be near. If you see one ahead of you, stop, go back the way you came and report it. If you see them all around you, you may already be in a mined area: stand still and call 112 (see “{ page-emergency-title }”).
sign-positions = Old positions and trenches
sign-positions-text = Trenches, bunkers, firing positions and old bases mark places where there was fighting.
sign-positions-desc = A zigzag trench with sandbags along its edge.
sign-unused-path = Paths nobody uses
sign-unused-path-text = A path or road that nobody uses any more and that grass has covered.
sign-unused-path-desc = A faint path disappearing into grass.
sign-overgrown = Overgrown fields
sign-overgrown-text = Fields left unploughed for years, tall grass and dense thickets.
sign-overgrown-desc = Tall grass covering a field.
sign-wreck = Wrecks
sign-wreck-text = Burnt-out or abandoned vehicles and machinery are signs of past fighting. Do not go near them.
sign-wreck-desc = A burnt-out car without wheels.
sign-crater = Craters
sign-crater-text = Holes in the ground left by explosions.
sign-crater-desc = A round hole in the ground with earth thrown around it.
sign-wire = Wires
sign-wire-text = A thin wire stretched across a path, near the ground or across a doorway, can set off an explosion.
sign-wire-desc = A thin wire stretched between two pegs across a path.
sign-ordnance = Visible ordnance
sign-ordnance-text = Shells, metal fragments or unknown objects lying on the ground or half buried. Do not go near, do not touch.
sign-ordnance-desc = A metal object lying half buried in the ground.

## Scenes the quiz draws (not signs): a name and what the picture shows.
sign-ball = A ball past a sign
sign-ball-desc = A blue ball lying in tall grass beyond a post with a red warning sign.
sign-ruin = A ruined house
sign-ruin-desc = A house with a broken roof and walls, and rubble beside it.
sign-tell = A child telling a grown-up
sign-tell-desc = A small child speaks to a grown-up, who listens.
sign-phone = A phone
sign-phone-desc = A mobile phone with the number 112 on its screen.
