package org.verbund.core.deadletter;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.bson.Document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One processing group's sequenced dead-letter queue, by key only (the storage rules; the Mongo extension's queue
 * sorts, counts and aggregates over non-unique fields): one document per parked sequence, {@code _id} group and
 * sequence, holding its letters in order, and one document per group listing its sequences. Every change to a
 * sequence rewrites its document on the condition that its {@code version} is still the one read (there are no
 * transactions), so the processor appending behind a sequence and an operator retrying it never lose a letter: a
 * sequence's document is deleted only at the version that was seen empty.
 */
public final class MongoDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    public static final String SEQUENCES = "dead_letters";
    public static final String GROUPS = "dead_letter_groups";

    /** A sequence document stays well below MongoDB's 16 MB; more letters stop the processor (it retries). */
    static final int MAX_LETTERS_PER_SEQUENCE = 1024;

    private final String group;
    private final ParkedSequences parked;
    private final LetterCodec codec;

    MongoDeadLetterQueue(String group, MongoCollection<Document> sequences, MongoCollection<Document> groups,
                         LetterCodec codec, Clock clock) {
        this.group = group;
        this.parked = new ParkedSequences(group, sequences, groups, clock);
        this.codec = codec;
    }

    /** Retries of one sequence look it up by key rather than at every parked sequence's first letter. */
    public record OneSequence(String sequence) implements Predicate<DeadLetter<? extends EventMessage<?>>> {
        @Override
        public boolean test(DeadLetter<? extends EventMessage<?>> letter) {
            return letter instanceof ParkedLetter parked && parked.sequence().equals(sequence);
        }
    }

    String group() {
        return group;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        String sequence = sequenceIdentifier.toString();
        parked.list(sequence);
        Document entry = codec.encode(letter, letter instanceof ParkedLetter known ? known.retries() : 0);
        while (!append(sequence, entry) && !parked.start(sequence, entry)) {
            // parked meanwhile by someone else: append behind what is there
        }
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier,
                                    java.util.function.Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder) {
        String sequence = sequenceIdentifier.toString();
        Document stored = parked.find(sequence);
        if (stored == null) {
            return false; // the common case: one key lookup, nothing parked
        }
        return append(sequence, codec.encode(letterBuilder.get(), 0));
    }

    /** Appends behind the sequence's letters; false if the sequence is not parked. */
    private boolean append(String sequence, Document entry) {
        return parked.change(sequence, letters -> {
            if (letters.size() >= MAX_LETTERS_PER_SEQUENCE) {
                throw new DeadLetterQueueOverflowException("Sequence " + sequence + " of " + group + " is full");
            }
            letters.add(entry);
            return letters;
        }).isPresent();
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        ParkedLetter own = own(letter);
        String id = own.message().getIdentifier();
        parked.change(own.sequence(), letters -> {
            letters.removeIf(entry -> id.equals(entry.getString("eventId")));
            return letters;
        });
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        ParkedLetter own = own(letter);
        String id = own.message().getIdentifier();
        DeadLetter<? extends EventMessage<?>> updated = letterUpdater.apply(own.markTouched());
        boolean found = parked.change(own.sequence(), letters -> {
            for (int i = 0; i < letters.size(); i++) {
                if (id.equals(letters.get(i).getString("eventId"))) {
                    letters.set(i, codec.encode(updated, own.retries() + 1));
                    return letters;
                }
            }
            return null;
        }).isPresent();
        if (!found) {
            throw new NoSuchDeadLetterException("No dead letter " + id + " in " + group);
        }
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return parked.find(sequenceIdentifier.toString()) != null;
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        String sequence = sequenceIdentifier.toString();
        Document stored = parked.find(sequence);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        if (stored != null) {
            LetterCodec.letters(stored).forEach(entry -> letters.add(codec.decode(sequence, entry)));
        }
        return letters;
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        List<Iterable<DeadLetter<? extends EventMessage<?>>>> all = new ArrayList<>();
        for (Document stored : parked.all()) {
            all.add(deadLetterSequence(stored.getString("sequence")));
        }
        return all;
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return sequenceSize(sequenceIdentifier) >= MAX_LETTERS_PER_SEQUENCE;
    }

    @Override
    public long size() {
        return parked.all().stream().mapToLong(stored -> LetterCodec.letters(stored).size()).sum();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        Document stored = parked.find(sequenceIdentifier.toString());
        return stored == null ? 0 : LetterCodec.letters(stored).size();
    }

    @Override
    public long amountOfSequences() {
        return parked.all().size();
    }

    /**
     * Takes one matching sequence (the one touched longest ago), and hands its letters to the task in order until one
     * fails again (it is requeued where it was, and the sequence stays parked) or none is left (true).
     */
    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        List<Document> candidates = sequenceFilter instanceof OneSequence one
                ? Optional.ofNullable(parked.find(one.sequence())).map(List::of).orElse(List.of()) : parked.all();
        List<ParkedLetter> firsts = candidates.stream().filter(stored -> !LetterCodec.letters(stored).isEmpty())
                .map(stored -> codec.decode(stored.getString("sequence"), LetterCodec.letters(stored).get(0)))
                .filter(sequenceFilter).sorted(Comparator.comparing(ParkedLetter::lastTouched)).toList();
        for (ParkedLetter first : firsts) {
            if (parked.claim(first.sequence(), true)) {
                try {
                    return processClaimed(first.sequence(), task);
                } finally {
                    parked.claim(first.sequence(), false);
                }
            }
        }
        return false;
    }

    private boolean processClaimed(String sequence,
                                   Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        while (true) {
            Document stored = parked.find(sequence);
            if (stored == null) {
                return true;
            }
            ParkedLetter letter = codec.decode(sequence, LetterCodec.letters(stored).get(0));
            EnqueueDecision<EventMessage<?>> decision = task.apply(letter);
            if (decision.shouldEnqueue()) {
                requeue(letter, touched -> decision.withDiagnostics(touched)
                                                   .withCause(decision.enqueueCause().orElse(null)));
                return false;
            }
            evict(letter);
        }
    }

    @Override
    public void clear() {
        parked.clear();
    }

    /** Drops the sequence's letters unhandled, without reading their events; how many there were (0: none parked). */
    int evictAll(String sequence) {
        int[] evicted = {0};
        parked.change(sequence, letters -> {
            evicted[0] = letters.size();
            return List.of();
        });
        return evicted[0];
    }

    /** Every parked sequence's document. */
    List<Document> documents() {
        return parked.all();
    }

    private ParkedLetter own(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof ParkedLetter parked) {
            return parked;
        }
        throw new IllegalArgumentException("Not a letter of this queue: " + letter);
    }
}
