// Benchmark driver (benchmarks/bench_dex.py): dexlib2's in-memory rewrite of DEX files.
// Usage: java -cp <dexlib2 and guava jars>:<dir> DexlibRewrite OUTDIR IN.dex [IN2.dex ...]
// Each input is loaded into a DexBackedDexFile, every class interned into a fresh DexPool and
// the pool written into a MemoryDataStore -- what the smali tools do to rewrite a DEX without
// going through smali text. Each input is written on its own (as `dexlego dex roundtrip`
// does), to OUTDIR/<n>.dex after the timing. Prints one JSON line: the seconds the rewrites
// took (files are read into memory first), and the output sizes. Compiled by bench_dex.py at
// benchmark time against Debian's libsmali-java; never committed as a binary.
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.dexbacked.DexBackedDexFile;
import org.jf.dexlib2.iface.ClassDef;
import org.jf.dexlib2.writer.io.MemoryDataStore;
import org.jf.dexlib2.writer.pool.DexPool;

public final class DexlibRewrite {
    public static void main(String[] args) throws Exception {
        Path outDir = Paths.get(args[0]);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Files.readAllBytes(Paths.get(args[i])));
        }
        List<byte[]> outputs = new ArrayList<>();
        long start = System.nanoTime();
        for (byte[] data : inputs) {
            int version = Integer.parseInt(new String(data, 4, 3, "US-ASCII"));
            Opcodes opcodes = Opcodes.forDexVersion(version);
            DexBackedDexFile dex = new DexBackedDexFile(opcodes, data);
            DexPool pool = new DexPool(opcodes);
            for (ClassDef cls : dex.getClasses()) {
                pool.internClass(cls);
            }
            MemoryDataStore out = new MemoryDataStore();
            pool.writeTo(out);
            outputs.add(Arrays.copyOf(out.getBuffer(), out.getSize()));
        }
        long end = System.nanoTime();
        StringBuilder sizes = new StringBuilder();
        for (int i = 0; i < outputs.size(); i++) {
            Files.write(outDir.resolve((i + 1) + ".dex"), outputs.get(i));
            sizes.append(i == 0 ? "" : ", ").append(outputs.get(i).length);
        }
        System.out.println("{\"seconds\": " + (end - start) / 1e9 + ", \"sizes\": [" + sizes + "]}");
    }
}
