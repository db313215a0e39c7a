package android.content;

public class Intent {
    private String mAction;
    private String mPackage;
    private ComponentName mComponent;
    private int mFlags;

    public Intent() {}

    public Intent(String action) { mAction = action; }

    public Intent(Context packageContext, Class<?> cls) { mComponent = new ComponentName(packageContext, cls); }

    public String getAction() { return mAction; }

    public String getPackage() { return mPackage; }

    public ComponentName getComponent() { return mComponent; }

    public int getFlags() { return mFlags; }

    public Intent setPackage(String pkg) { mPackage = pkg; return this; }

    public Intent setClassName(String pkg, String cls) { mComponent = new ComponentName(pkg, cls); return this; }

    public Intent addFlags(int flags) { mFlags |= flags; return this; }
}
