package io.govreport.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.govreport.model.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackTest {
    @TempDir
    Path dataDir;

    private StackConfig freshPorts() {
        return new StackConfig(dataDir, FreePorts.next(), FreePorts.next(), FreePorts.next());
    }

    @Test
    void createsTheTopicsWithTheirPartitionCounts() throws Exception {
        try (EmbeddedStack stack = EmbeddedStack.start(freshPorts())) {
            Map<String, Integer> partitions = partitionCounts(stack.kafkaBootstrap());
            assertEquals(6, partitions.get(Topics.RAW));
            assertEquals(3, partitions.get(Topics.EXTRACTED));
            assertEquals(1, partitions.get(Topics.DEAD_LETTER));
        }
    }

    @Test
    void aLargeRecordGoesThroughTheBrokerAndARestartKeepsIt() throws Exception {
        // a 5 MB report is over Kafka's 1 MB default limit
        String report = "报告".repeat(5 * 1024 * 1024 / 6 * 2);
        String key = UUID.randomUUID().toString();
        try (EmbeddedStack stack = EmbeddedStack.start(freshPorts())) {
            try (KafkaProducer<String, String> producer = producer(stack.kafkaBootstrap())) {
                producer.send(new ProducerRecord<>(Topics.RAW, key, report)).get();
            }
            assertEquals(List.of(key + "=" + report.length()), consumeAll(stack.kafkaBootstrap()));
        }
        try (EmbeddedStack restarted = EmbeddedStack.start(freshPorts())) {
            assertEquals(6, partitionCounts(restarted.kafkaBootstrap()).get(Topics.RAW));
            assertEquals(List.of(key + "=" + report.length()), consumeAll(restarted.kafkaBootstrap()));
        }
    }

    @Test
    void aDocumentIsStoredAndSurvivesARestart() throws Exception {
        try (EmbeddedStack stack = EmbeddedStack.start(freshPorts());
                MongoClient client = MongoClients.create(stack.mongoUri())) {
            reports(client).insertOne(new Document("_id", "r1").append("region", "北京市平谷区").append("year", 2018));
            assertEquals("北京市平谷区", reports(client).find(Filters.eq("year", 2018)).first().getString("region"));
        }
        try (EmbeddedStack restarted = EmbeddedStack.start(freshPorts());
                MongoClient client = MongoClients.create(restarted.mongoUri())) {
            Document stored = reports(client).find(Filters.eq("_id", "r1")).first();
            assertNotNull(stored, "the document is still there after a restart");
            assertEquals("北京市平谷区", stored.getString("region"));
        }
    }

    private static MongoCollection<Document> reports(MongoClient client) {
        return client.getDatabase("govreport").getCollection("reports");
    }

    private static Map<String, Integer> partitionCounts(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, TopicDescription> topics = admin.describeTopics(TopicSetup.PARTITIONS.keySet()).allTopicNames().get();
            Map<String, Integer> counts = new java.util.HashMap<>();
            topics.forEach((name, description) -> counts.put(name, description.partitions().size()));
            return counts;
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Reads the raw topic from the beginning in a new group; each record as key=length of value. */
    private static List<String> consumeAll(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value().length());
                }
            }
        }
        return seen;
    }
}
