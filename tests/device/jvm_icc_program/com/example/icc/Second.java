package com.example.icc;

import android.app.Activity;

public class Second extends Activity {}
