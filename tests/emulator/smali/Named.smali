.class public interface abstract Lt/Named;
.super Ljava/lang/Object;

.method public abstract tag()Ljava/lang/String;
.end method
