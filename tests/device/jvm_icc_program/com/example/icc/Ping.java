package com.example.icc;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

public class Ping extends BroadcastReceiver {
    @Override public void onReceive(Context context, Intent intent) {}
}
