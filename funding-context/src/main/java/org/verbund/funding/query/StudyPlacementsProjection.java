package org.verbund.funding.query;

import org.verbund.core.readmodel.LiveQueries;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.stereotype.Component;
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
 * latest record wins, so replaying is idempotent); the tables are summed on query from those few dozen documents.
 */
@Component
@ProcessingGroup("study-placements")
public class StudyPlacementsProjection {

    private final MongoCollection<Document> placements;
    private final QueryUpdateEmitter updates;

    public StudyPlacementsProjection(MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.placements = verbundDatabase.getCollection("study_placements");
        this.updates = updates;
    }

    @EventHandler
    void on(StudyPlacementsRecordedEvent event) {
        placements.replaceOne(Filters.eq("_id", event.placementsId()),
                              new Document("_id", event.placementsId()).append("city", event.city())
                                      .append("pilotCity", event.pilotCity()).append("cohort", event.cohort())
                                      .append("stateFunded", event.stateFunded()).append("ownMeans", event.ownMeans())
                                      .append("fundingUnknown", event.fundingUnknown()),
                              new ReplaceOptions().upsert(true));
        if (LiveQueries.watched(updates, FindStudyPlacementsQuery.class)) {
            updates.emit(FindStudyPlacementsQuery.class, query -> true, handle(new FindStudyPlacementsQuery()));
        }
    }

    @ResetHandler
    void reset() {
        placements.deleteMany(new Document());
    }

    @QueryHandler
    public StudyPlacements handle(FindStudyPlacementsQuery query) {
        List<Document> all = placements.find().into(new ArrayList<>());
        List<String> cohorts = new ArrayList<>(new TreeSet<>(all.stream().map(d -> d.getString("cohort")).toList()));
        Map<String, List<Document>> byCity = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Document d) -> !d.getBoolean("pilotCity"))
                                      .thenComparing(d -> d.getString("city")))
           .forEach(document -> byCity.computeIfAbsent(document.getString("city"), city -> new ArrayList<>())
                                      .add(document));
        List<StudyPlacements.CityRow> rows = new ArrayList<>();
        Map<String, Integer> pilot = zeroes(cohorts);
        Map<String, Integer> other = zeroes(cohorts);
        Map<String, Integer> total = zeroes(cohorts);
        byCity.forEach((city, documents) -> {
            Map<String, Integer> byCohort = new LinkedHashMap<>();
            int state = 0;
            int own = 0;
            int unknown = 0;
            boolean pilotCity = documents.get(0).getBoolean("pilotCity");
            for (Document document : documents) {
                int students = document.getInteger("stateFunded") + document.getInteger("ownMeans")
                               + document.getInteger("fundingUnknown");
                byCohort.put(document.getString("cohort"), students);
                state += document.getInteger("stateFunded");
                own += document.getInteger("ownMeans");
                unknown += document.getInteger("fundingUnknown");
                (pilotCity ? pilot : other).merge(document.getString("cohort"), students, Integer::sum);
                total.merge(document.getString("cohort"), students, Integer::sum);
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
