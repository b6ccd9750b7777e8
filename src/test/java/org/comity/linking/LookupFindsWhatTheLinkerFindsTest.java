package org.comity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comity.names.Names;
import org.comity.query.BadInputException;
import org.comity.query.Lookup;
import org.comity.query.NotFoundException;
import org.comity.snapshot.Snapshot;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One normal form of a name for look-up and linking (org.comity.names): over the whole dictionary, every
 * form the linker recognises — each curated name, acronym and alias, each derived way of writing it
 * (U.N., Cooperation, Unesco, 计画) and each spelled-out form (United Nations ..., Programme) — names by
 * look-up the organizations the linker finds in it, no more and no fewer.
 */
class LookupFindsWhatTheLinkerFindsTest {

    /** The store as a user's first run fills it: the bundled dataset and the bundled COW history, whose names look-up knows too. */
    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @Test
    void everyFormTheLinkerRecognisesResolvesByLookUpToTheSameOrganizations() {
        Snapshot s = store.app().snapshots().get();
        assertThat(s.cow().igos()).as("the COW history is loaded").isNotEmpty();
        Linker linker = Linking.linkerFor(s);
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Dictionary.Entry e : linker.dictionary().entries()) {
            for (Surface surface : e.surfaces()) {
                for (String text : new LinkedHashSet<>(List.of(surface.exact(), surface.form()))) {
                    Set<String> linked = linkedAsOneMention(linker, text);
                    Set<String> looked = lookedUp(s, text);
                    if (!looked.equals(linked)) disagreements.add("'" + text + "': linker " + linked + ", look-up " + looked);
                    checked++;
                }
            }
        }
        assertThat(disagreements).as("forms where look-up and linking disagree").isEmpty();
        assertThat(checked).as("forms checked").isGreaterThan(1_500);
    }

    @Test
    void theAmericanSpellingOfAProgrammeIsFoundByLookUpAsTheLinkerFindsIt() {
        Snapshot s = store.app().snapshots().get();
        assertThat(Lookup.org(s, "United Nations Human Settlements Program").id()).isEqualTo("un-habitat");
        assertThat(Lookup.org(s, "U.N.-Habitat").id()).isEqualTo("un-habitat");
        assertThat(Linking.linkerFor(s).link("United Nations Human Settlements Program")).singleElement()
                .extracting(Mention::org).isEqualTo("un-habitat");
    }

    /**
     * The organizations the linker gives a form read alone: it must read it as one mention of the whole
     * form (quotation marks at its edges aside, which the normal form drops); else none, which no look-up
     * result equals.
     */
    private static Set<String> linkedAsOneMention(Linker linker, String text) {
        List<Mention> mentions = linker.link(text);
        if (mentions.size() != 1 || !Names.key(mentions.get(0).text()).equals(Names.key(text))) return Set.of("(not one mention)");
        Mention m = mentions.get(0);
        return new LinkedHashSet<>(m.ambiguous() ? m.candidates() : List.of(m.org()));
    }

    private static Set<String> lookedUp(Snapshot s, String text) {
        try {
            return Set.of(Lookup.org(s, text).id());
        } catch (BadInputException ambiguous) {
            return new LinkedHashSet<>(ambiguous.candidates());
        } catch (NotFoundException none) {
            return Set.of();
        }
    }
}
