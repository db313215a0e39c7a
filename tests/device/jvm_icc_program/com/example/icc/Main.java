package com.example.icc;

import android.app.ContextImpl;
import android.app.StubSystem;

public class Main {
    public static final String PKG = "com.example.icc";

    public static void main(String[] args) {
        StubSystem.install("activity", PKG, "com.example.icc.Second", "com.example.icc.SHOW");
        StubSystem.install("service", PKG, "com.example.icc.Worker", null);
        StubSystem.install("receiver", PKG, "com.example.icc.Ping", "com.example.icc.PING");
        StubSystem.install("activity", "com.other", "com.other.Viewer", "android.intent.action.VIEW");
        StubSystem.install("service", "com.other", "com.other.Sync", null);
        StubSystem.install("receiver", "com.other", "com.other.Listener", "com.example.icc.PING");
        ContextImpl base = new ContextImpl(PKG, 25);
        MainActivity act = new MainActivity();
        act.attach(base);
        int failures = act.run();
        act.helper();
        System.out.println("done icc " + failures + " " + base.delivered + " " + act.requests);
    }
}
