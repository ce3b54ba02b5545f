/**
 * Streaming re-qualification on Kafka Streams. Start with {@link org.leadqualification.kafka.QualificationTopology}:
 * a topology that keeps each lead's current state in a state store, re-judges the lead on every lead update and
 * interaction event (and when time alone can change its result), and writes every new result to a
 * {@code qualifications} topic and every change of stage, as a {@link org.leadqualification.kafka.StageChange}, to a
 * {@code stage-changes} topic. Records that cannot be read or judged go, byte for byte, to a dead-letter topic with
 * the error in its headers ({@link org.leadqualification.kafka.DeadLetters}).
 *
 * <p>No type of this package is used by {@code qualification-core} or {@code qualification-rules}: Kafka stays here.
 */
package org.leadqualification.kafka;
