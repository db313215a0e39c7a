package android.app;

import android.content.ComponentName;
import android.content.Intent;
import java.util.ArrayList;
import java.util.List;

/** Stand-in for the system server: the installed components and how intents resolve to them. */
public final class StubSystem {
    public static final class Component {
        final String type;
        final String pkg;
        final String cls;
        final String action;

        Component(String type, String pkg, String cls, String action) {
            this.type = type;
            this.pkg = pkg;
            this.cls = cls;
            this.action = action;
        }
    }

    private static final List<Component> COMPONENTS = new ArrayList<>();

    private StubSystem() {}

    /** Declares a manifest component: type "activity", "service" or "receiver"; action may be null. */
    public static void install(String type, String pkg, String cls, String action) {
        COMPONENTS.add(new Component(type, pkg, cls, action));
    }

    public static List<Component> resolve(String type, Intent intent) {
        List<Component> out = new ArrayList<>();
        ComponentName c = intent.getComponent();
        for (Component x : COMPONENTS) {
            if (!x.type.equals(type)) continue;
            if (c != null) {
                if (x.pkg.equals(c.getPackageName()) && x.cls.equals(c.getClassName())) out.add(x);
            } else if (x.action != null && x.action.equals(intent.getAction())
                       && (intent.getPackage() == null || intent.getPackage().equals(x.pkg))) {
                out.add(x);
            }
        }
        return out;
    }
}
