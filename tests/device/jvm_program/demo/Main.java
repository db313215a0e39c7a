package demo;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

/** Test target for the agent's JVM mode: reflection and a URLClassLoader, with known counts. */
@SuppressWarnings("deprecation")
public class Main {
    public static void main(String[] args) throws Exception {
        Class<?> c = Class.forName("demo.Target");
        Method m = c.getMethod("compute", int.class);
        for (int i = 0; i < 3; i++) {
            m.invoke(null, i);
        }
        Object o = c.getConstructor().newInstance();
        Field f = c.getDeclaredField("count");
        f.setInt(o, 5);
        int v = f.getInt(o);
        Object again = f.get(o);
        URLClassLoader loader = new URLClassLoader(new URL[] {new File(args[0]).toURI().toURL()}, Main.class.getClassLoader());
        Class<?> p = loader.loadClass("plugin.Plugin");
        Object plugin = p.getConstructor().newInstance();
        Object out = p.getMethod("run", String.class).invoke(plugin, "x");
        helper();
        Object viaClass = Class.forName("demo.Target").newInstance();
        try {
            System.loadLibrary("dexlego_missing_lib");
        } catch (UnsatisfiedLinkError expected) {
            // the attempt is what the agent must record
        }
        System.out.println("done " + v + " " + again + " " + out + " " + (viaClass != null));
    }

    /** A second caller, so that call sites are told apart. */
    static void helper() throws Exception {
        Class.forName("demo.Target").getMethod("compute", int.class).invoke(null, 7);
    }
}
