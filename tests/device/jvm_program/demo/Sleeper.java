package demo;

/** Test target that reflects once, then idles: for the duration-elapsed and crash paths. */
public class Sleeper {
    public static void main(String[] args) throws Exception {
        Class.forName("demo.Target").getMethod("compute", int.class).invoke(null, 1);
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.parseLong(args[0]));
    }
}
