package lazyjvm;

public class Secret {
    public Secret() {
    }

    public String reveal(int n) {
        return "secret" + n;
    }
}
