// dexlego's command-line front end for FlowDroid (soot-infoflow-android 2.14), written because
// soot-infoflow-cmd is not published on Maven Central for that version. analyzers/flowdroid.py
// compiles it on first use against the classpath scripts/setup.sh resolves; nothing is committed
// as a binary.
//
// Usage: DexlegoFlowDroid APK PLATFORM SOURCES_SINKS OUT_XML DATAFLOW_TIMEOUT_S CALLBACK_TIMEOUT_S
//        [EXTRA_CLASSPATH]
//   PLATFORM: one platform jar (forced: every API level resolves to it) or an SDK platforms/ dir.
//   EXTRA_CLASSPATH: appended to Soot's class path (e.g. VIRTUAL_FS_FOR_JDK for java.*).
// Exit status: 0 analysis ran (OUT_XML written; a line "termination: ..." on stderr says when a
// timeout or the memory watcher cut it short), 2 bad arguments, 1 FlowDroid failed.
import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import soot.jimple.infoflow.InfoflowConfiguration.PathReconstructionMode;
import soot.jimple.infoflow.android.InfoflowAndroidConfiguration;
import soot.jimple.infoflow.android.SetupApplication;
import soot.jimple.infoflow.methodSummary.taintWrappers.SummaryTaintWrapper;
import soot.jimple.infoflow.methodSummary.taintWrappers.TaintWrapperFactory;
import soot.jimple.infoflow.results.InfoflowResults;
import soot.jimple.infoflow.taintWrappers.EasyTaintWrapper;

public final class DexlegoFlowDroid {
    private DexlegoFlowDroid() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 6 || args.length > 7) {
            System.err.println("usage: DexlegoFlowDroid APK PLATFORM SOURCES_SINKS OUT_XML "
                    + "DATAFLOW_TIMEOUT_S CALLBACK_TIMEOUT_S [EXTRA_CLASSPATH]");
            System.exit(2);
        }
        File apk = new File(args[0]);
        File platform = new File(args[1]);
        File sourcesSinks = new File(args[2]);
        for (File f : new File[] {apk, platform, sourcesSinks}) {
            if (!f.exists()) {
                System.err.println("error: " + f + ": no such file");
                System.exit(2);
            }
        }
        InfoflowAndroidConfiguration config = new InfoflowAndroidConfiguration();
        InfoflowAndroidConfiguration.AnalysisFileConfiguration files = config.getAnalysisFileConfig();
        files.setTargetAPKFile(apk);
        files.setAndroidPlatformDir(platform);
        files.setSourceSinkFile(sourcesSinks);
        files.setOutputFile(args[3]);
        if (args.length == 7 && !args[6].isEmpty()) {
            files.setAdditionalClasspath(args[6]);
        }
        config.setMergeDexFiles(true);  // multidex apps: every classes*.dex
        config.setDataFlowTimeout(Long.parseLong(args[4]));
        config.getCallbackConfig().setEnableCallbacks(true);
        config.getCallbackConfig().setCallbackAnalysisTimeout(Integer.parseInt(args[5]));
        // the source and sink statements with their methods are all dexlego reads
        config.getPathConfiguration().setPathReconstructionMode(PathReconstructionMode.NoPaths);
        // stop before the JVM's own heap limit (-Xmx) turns into an OutOfMemoryError
        config.setMemoryThreshold(0.9);

        SetupApplication app = new SetupApplication(config);
        // StubDroid's library summaries, falling back to FlowDroid's hand-written list
        SummaryTaintWrapper wrapper = TaintWrapperFactory.createTaintWrapper();
        wrapper.setFallbackTaintWrapper(EasyTaintWrapper.getDefault());
        app.setTaintWrapper(wrapper);

        InfoflowResults results = app.runInfoflow();
        File out = new File(args[3]);
        if (!out.exists()) {
            // FlowDroid stops before the data flow analysis (and writes nothing) when no source
            // or no sink is reachable from the app's entry points: that is an empty result
            try (Writer w = Files.newBufferedWriter(out.toPath(), StandardCharsets.UTF_8)) {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><DataFlowResults "
                        + "FileFormatVersion=\"102\" TerminationState=\"Success\">"
                        + "<Results></Results></DataFlowResults>\n");
            }
            System.err.println("flowdroid: no source or no sink reachable");
            return;
        }
        int state = results == null ? 0 : results.getTerminationState();
        if (state != InfoflowResults.TERMINATION_SUCCESS) {
            System.err.println("termination: " + describe(state));
        }
        System.err.println("flowdroid: " + (results == null ? 0 : results.size()) + " sinks reached");
    }

    private static String describe(int state) {
        StringBuilder out = new StringBuilder();
        if ((state & InfoflowResults.TERMINATION_DATA_FLOW_TIMEOUT) != 0) out.append("data flow timeout ");
        if ((state & InfoflowResults.TERMINATION_DATA_FLOW_OOM) != 0) out.append("data flow out of memory ");
        if ((state & InfoflowResults.TERMINATION_PATH_RECONSTRUCTION_TIMEOUT) != 0) out.append("path timeout ");
        if ((state & InfoflowResults.TERMINATION_PATH_RECONSTRUCTION_OOM) != 0) out.append("path out of memory ");
        return out.length() == 0 ? "state " + state : out.toString().trim();
    }
}
