package com.example.icc;

public class Worker {}
