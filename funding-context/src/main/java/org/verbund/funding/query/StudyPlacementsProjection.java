package org.verbund.funding.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.readmodel.LiveQueries;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.funding.api.FindStudyPlacementsQuery;
import org.verbund.funding.api.StudyPlacements;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Study placements: one document per city and cohort ({@code study_placements}, keyed {@code <city>:<cohort>}, the
 * latest record wins, guarded by its sequence number); the tables are summed on query from those few dozen
 * documents. Documents stored before the guard was kept have no version and are replaced by the next record.
 */
@Component
@ProcessingGroup("study-placements")
class StudyPlacementsProjection {

    private final SequencedDocuments<PlacementsDocument> placements;
    private final QueryUpdateEmitter updates;

    StudyPlacementsProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.placements = new SequencedDocuments<>(verbundDatabase.getCollection("study_placements"),
                                                   PlacementsDocument.class);
        this.updates = updates;
    }

    @EventHandler
    void on(StudyPlacementsRecordedEvent event, @SequenceNumber long sequence) {
        placements.replace(event.placementsId().value(), sequence, () -> new PlacementsDocument(event)).filter(stored -> LiveQueries.watched(updates, FindStudyPlacementsQuery.class))
                  .ifPresent(stored -> updates.emit(FindStudyPlacementsQuery.class, query -> true,
                                                    handle(new FindStudyPlacementsQuery())));
    }

    @ResetHandler
    void reset() {
        placements.deleteAll();
    }

    @QueryHandler
    StudyPlacements handle(FindStudyPlacementsQuery query) {
        List<PlacementsDocument> all = placements.all();
        List<String> cohorts = new ArrayList<>(new TreeSet<>(all.stream().map(document -> document.cohort).toList()));
        Map<String, List<PlacementsDocument>> byCity = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((PlacementsDocument document) -> !document.pilotCity)
                                      .thenComparing(document -> document.city))
           .forEach(document -> byCity.computeIfAbsent(document.city, city -> new ArrayList<>()).add(document));
        List<StudyPlacements.CityRow> rows = new ArrayList<>();
        Map<String, Integer> pilot = zeroes(cohorts);
        Map<String, Integer> other = zeroes(cohorts);
        Map<String, Integer> total = zeroes(cohorts);
        byCity.forEach((city, documents) -> {
            Map<String, Integer> byCohort = new LinkedHashMap<>();
            int state = 0;
            int own = 0;
            int unknown = 0;
            boolean pilotCity = documents.get(0).pilotCity;
            for (PlacementsDocument document : documents) {
                byCohort.put(document.cohort, document.students());
                state += document.stateFunded;
                own += document.ownMeans;
                unknown += document.fundingUnknown;
                (pilotCity ? pilot : other).merge(document.cohort, document.students(), Integer::sum);
                total.merge(document.cohort, document.students(), Integer::sum);
            }
            rows.add(new StudyPlacements.CityRow(city, pilotCity, byCohort, state + own + unknown, state, own,
                                                 unknown));
        });
        return new StudyPlacements(cohorts, rows, pilot, other, total);
    }

    private static Map<String, Integer> zeroes(List<String> cohorts) {
        Map<String, Integer> zeroes = new LinkedHashMap<>();
        cohorts.forEach(cohort -> zeroes.put(cohort, 0));
        return zeroes;
    }
}
