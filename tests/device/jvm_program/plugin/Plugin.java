package plugin;
public class Plugin {
    public String run(String s) { return "plugin " + s; }
}
