// Test helper: disassembles pairs of DEX files with baksmali in one JVM and compares the smali text
// of every class. Input lines on stdin: "<input.dex>\t<output.dex>". Output, one line per pair:
// "OK <input> <classes>" or "DIFF <input> <class or reason>" followed by "-- <expected line>" /
// "++ <actual line>" for the first differing line. Used by tests/dex_writer/test_corpus_roundtrip.py.
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.util.TreeMap;
import org.jf.baksmali.Adaptors.ClassDefinition;
import org.jf.baksmali.BaksmaliOptions;
import org.jf.baksmali.formatter.BaksmaliWriter;
import org.jf.dexlib2.DexFileFactory;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.iface.ClassDef;
import org.jf.dexlib2.iface.DexFile;

public final class SmaliCompare {
    private static TreeMap<String, String> smali(String path, BaksmaliOptions options) throws Exception {
        DexFile dex = DexFileFactory.loadDexFile(new File(path), Opcodes.getDefault());
        TreeMap<String, String> out = new TreeMap<>();
        for (ClassDef cls : dex.getClasses()) {
            StringWriter text = new StringWriter();
            BaksmaliWriter writer = new BaksmaliWriter(text);
            new ClassDefinition(options, cls).writeTo(writer);
            writer.flush();
            out.put(cls.getType(), text.toString());
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        BaksmaliOptions options = new BaksmaliOptions();
        options.debugInfo = true;
        options.parameterRegisters = true;
        options.accessorComments = false;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        String line;
        while ((line = in.readLine()) != null) {
            String[] pair = line.split("\t");
            try {
                TreeMap<String, String> a = smali(pair[0], options);
                TreeMap<String, String> b = smali(pair[1], options);
                String problem = null;
                String[] lines = null;
                if (!a.keySet().equals(b.keySet())) {
                    problem = "class sets differ: " + a.size() + " vs " + b.size();
                } else {
                    for (String cls : a.keySet()) {
                        if (!a.get(cls).equals(b.get(cls))) {
                            problem = cls;
                            String[] x = a.get(cls).split("\n", -1);
                            String[] y = b.get(cls).split("\n", -1);
                            int i = 0;
                            while (i < x.length && i < y.length && x[i].equals(y[i])) i++;
                            lines = new String[] {i < x.length ? x[i] : "<end>", i < y.length ? y[i] : "<end>"};
                            break;
                        }
                    }
                }
                if (problem == null) {
                    System.out.println("OK " + pair[0] + " " + a.size());
                } else {
                    System.out.println("DIFF " + pair[0] + " " + problem);
                    if (lines != null) {
                        System.out.println("-- " + lines[0]);
                        System.out.println("++ " + lines[1]);
                    }
                }
            } catch (Exception e) {
                System.out.println("DIFF " + pair[0] + " baksmali failed: " + e);
            }
            System.out.flush();
        }
    }
}
