package lazyjvm;

/** Methods the program never calls; each does something the agent's hooks record. */
public class Vault {
    private final String owner;

    public Vault(String owner) {
        this.owner = owner;
    }

    public String open(int code) throws Exception {
        Class<?> c = Class.forName("lazyjvm.Secret");
        Object s = c.getDeclaredConstructor().newInstance();
        return owner + c.getMethod("reveal", int.class).invoke(s, code);
    }

    static int unlock(String key, long[] pads) throws Exception {
        return Class.forName("lazyjvm.Secret").getName().length() + key.length() + pads.length;
    }

    void fails() {
        throw new IllegalStateException("not here");
    }
}
