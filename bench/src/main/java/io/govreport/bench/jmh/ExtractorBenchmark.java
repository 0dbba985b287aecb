package io.govreport.bench.jmh;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.govreport.bench.Samples;
import io.govreport.extractor.Extractor;
import io.govreport.extractor.sentences.Sentence;
import io.govreport.extractor.sentences.SentenceSplitter;
import io.govreport.model.ReportDocument;
import io.govreport.model.Source;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Characters per second of the full extractor over the sample reports, beside one bare HanLP segmentation pass
 * over the same text, sentence by sentence, in the same run: {@code full / bare} is the figure that counts
 * (issue 6: full ≤ 2× bare). One operation is one pass over all samples; the {@code chars} counter turns
 * that into characters per second. The two-thread variant also checks that every document it produces equals
 * the one extracted on a single thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ExtractorBenchmark {
    private Samples samples;
    private List<Source> sources;
    private Extractor extractor;
    private Segment segment;
    private List<String> sentences;
    private List<ReportDocument> expected;
    private final AtomicLong mismatches = new AtomicLong();

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Characters processed, reported by JMH as a rate (chars/s) beside ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Chars {
        public long chars;
    }

    /**
     * CPU time the benchmark thread spent, with the characters it covered: on a shared machine another process's
     * load slows wall-clock rates, but chars per CPU second hardly move, so the full/bare ratio uses these.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        public long cpuMicros;
        public long cpuChars;

        void add(long startNanos, long chars) {
            cpuMicros += (CPU.getCurrentThreadCpuTime() - startNanos) / 1_000;
            cpuChars += chars;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        samples = Samples.read(Samples.defaultDir());
        sources = samples.fileNames().stream().map(n -> new Source(n, "text/plain", "UTF-8")).toList();
        extractor = new Extractor();
        segment = HanLP.newSegment();
        sentences = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (String text : samples.texts()) {
            for (Sentence s : splitter.split(text)) {
                sentences.add(s.text(text));
            }
        }
        expected = new ArrayList<>();
        for (int i = 0; i < samples.texts().size(); i++) {
            expected.add(extractor.extract(samples.texts().get(i), sources.get(i)));
        }
    }

    @Benchmark
    public void full(Chars chars, Cpu cpu, Blackhole bh) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < samples.texts().size(); i++) {
            bh.consume(extractor.extract(samples.texts().get(i), sources.get(i)));
        }
        chars.chars += samples.chars();
        cpu.add(start, samples.chars());
    }

    @Benchmark
    public void bareSegmentation(Chars chars, Cpu cpu, Blackhole bh) {
        long start = CPU.getCurrentThreadCpuTime();
        for (String sentence : sentences) {
            bh.consume(segment.seg(sentence));
        }
        chars.chars += samples.chars();
        cpu.add(start, samples.chars());
    }

    @Benchmark
    @Threads(2)
    public void fullTwoThreads(Chars chars, Cpu cpu, Blackhole bh) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < samples.texts().size(); i++) {
            ReportDocument doc = extractor.extract(samples.texts().get(i), sources.get(i));
            if (!doc.equals(expected.get(i))) {
                mismatches.incrementAndGet();
            }
            bh.consume(doc);
        }
        chars.chars += samples.chars();
        cpu.add(start, samples.chars());
    }

    @TearDown(Level.Trial)
    public void checkSameResults() {
        if (mismatches.get() > 0) {
            throw new IllegalStateException(mismatches.get() + " documents extracted on two threads differ from the single-threaded ones");
        }
    }
}
