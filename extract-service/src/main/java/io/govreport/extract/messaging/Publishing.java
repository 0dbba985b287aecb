package io.govreport.extract.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** Sends one record keyed by report id; the stage completes once the broker has acknowledged it. */
final class Publishing {
    private Publishing() {
    }

    /** The incoming record's trace context is carried over, so the trace continues on the next topic. */
    static <T> CompletionStage<Void> send(MutinyEmitter<T> emitter, String key, T payload, Message<?> cause) {
        Message<T> message = Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        message = TracingMetadata.fromMessage(cause).map(message::addMetadata).orElse(message);
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }
}
