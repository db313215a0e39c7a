package com.example.icc;

import android.app.Activity;
import android.content.Intent;

/** Like a support-library activity: app code overriding a link of the framework's chain. */
public class CompatActivity extends Activity {
    int requests;

    @Override public void startActivityForResult(Intent intent, int requestCode) {
        requests++;
        super.startActivityForResult(intent, requestCode);
    }
}
