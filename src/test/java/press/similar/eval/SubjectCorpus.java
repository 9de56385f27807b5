package press.similar.eval;

import press.similar.BodyWords;
import press.similar.SimilarInput;
import press.similar.SimilarTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plain posts without tags, stacks or problems, on distinct subjects: the ground truth of body-only
 * similarity is the subject (the post's "section"). Each body mixes words of its subject (in several
 * forms: "plant", "plants", "planting") with everyday words all subjects share and a few words of
 * another subject, so a finder must weigh rare subject words above common ones.
 */
public final class SubjectCorpus {
    /** Subject to its vocabulary; the subjects share no word. */
    static final Map<String, String[]> SUBJECTS = Map.of(
            "gardening", words("plant plants planting planted soil compost seedling seedlings mulch pruning prune "
                    + "tomato tomatoes roses weed weeding watering greenhouse bulbs perennial harvest trowel "
                    + "hedge lawn mower shrubs orchard irrigation fertiliser cuttings raised beds allotment vines blossom"),
            "astronomy", words("telescope telescopes galaxy galaxies nebula planet planets orbit orbits comet eclipse "
                    + "stargazing constellation lens magnitude meteor observatory jupiter saturn moons "
                    + "astronomer astronomers cosmic stellar supernova asteroid asteroids lunar solar celestial equinox starlight"),
            "baking", words("dough flour yeast oven bread loaf loaves crust knead kneading butter sourdough proofing "
                    + "pastry croissant baked baking batter whisk icing "
                    + "cake cakes cookies muffins rye baguette scones glaze sugar vanilla cinnamon frosting"),
            "cycling", words("bicycle bicycles bike bikes saddle pedal pedals gears chain derailleur tyre tyres "
                    + "cyclist cyclists helmet handlebars climbing descent peloton spokes "
                    + "cadence sprint sprinting commute commuting brakes puncture inner tube wheelset drivetrain touring"),
            "photography", words("camera cameras shutter aperture exposure tripod portrait portraits focus focal "
                    + "sensor lenses photographer photographers flash zoom raw bokeh framing "
                    + "landscape landscapes iso viewfinder mirrorless dslr histogram lighting photo photos snapshot editing"),
            "chess", words("chess opening openings gambit endgame pawn pawns bishop bishops knight rook rooks "
                    + "checkmate castling grandmaster tournament queen sacrifice stalemate "
                    + "king kings sicilian fianchetto blitz middlegame tactics zugzwang en passant promotion elo"));
    /** Everyday words every subject uses (the analyser's stopwords aside). */
    private static final String[] COMMON = words("time people day week year good great small large first last "
            + "start started try tried keep simple easy hard better problem way work works working friend "
            + "friends weekend morning evening early late notes idea ideas practice habit habits plan plans "
            + "patience mistake mistakes learn learned lesson lessons beginner beginners season home");

    private SubjectCorpus() {}

    /** A post, its subject, and the finder's input built the way the build builds it (title and HTML body). */
    public record Doc(String subject, SimilarInput input) {}

    /** {@code perSubject} posts on each subject, dates spread evenly and interleaved, deterministic for a seed. */
    public static List<Doc> posts(int perSubject, long seed) {
        Random rnd = new Random(seed);
        List<String> subjects = SUBJECTS.keySet().stream().sorted().toList();
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < perSubject * subjects.size(); i++) {
            String subject = subjects.get(i % subjects.size());
            String[] own = SUBJECTS.get(subject);
            String[] other = SUBJECTS.get(subjects.get((i % subjects.size() + 1 + rnd.nextInt(subjects.size() - 1)) % subjects.size()));
            String title = pick(rnd, COMMON) + " " + pick(rnd, own) + " " + pick(rnd, COMMON);
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 3 + rnd.nextInt(3); p++) {
                
                for (int w = 0; w < 40; w++) {
                    double r = rnd.nextDouble();
                    text.append(r < 0.15 ? pick(rnd, own) : r < 0.19 ? pick(rnd, other) : r < 0.6 ? pick(rnd, COMMON) : pick(rnd, FILLER));
                    text.append(w % 12 == 11 ? ". " : " ");
                }
                text.append("\n");
            }
            String key = String.format("post-%05d", i);
            SimilarInput in = SimilarTerms.of(86_400L * i, key, title, "", List.of(), List.of(), List.of(), List.of());
            out.add(new Doc(subject, SimilarTerms.withWords(in, BodyWords.of(title, text.toString()))));
        }
        return out;
    }

    private static final String[] FILLER = words("the a and of to in it is that for with on was as this but "
            + "at be have from or by not we you they all can there so what when which about");

    private static String pick(Random rnd, String[] words) {
        return words[rnd.nextInt(words.length)];
    }

    private static String[] words(String text) {
        return text.split(" ");
    }
}
