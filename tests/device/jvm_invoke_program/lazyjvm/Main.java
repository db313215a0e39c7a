package lazyjvm;

/** Runs nothing of Vault: only the agent's invoke-all reaches it (tests/device/test_jvm_invoke.py). */
public class Main {
    public static void main(String[] args) throws Exception {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(120_000); // the host calls what did not run, then stops the program
    }
}
