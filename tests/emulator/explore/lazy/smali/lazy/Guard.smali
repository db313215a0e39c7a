.class public Llazy/Guard;
.super Ljava/lang/Object;

# An anti-analysis exit, as crackmes and malware have: ends the process when called. Active
# invocation calls it before Llazy/Vault; (DEX order) and must still go on to the payload.

.method public static quit()V
    .registers 1
    const/4 v0, 0x0
    invoke-static {v0}, Ljava/lang/System;->exit(I)V
    return-void
.end method
