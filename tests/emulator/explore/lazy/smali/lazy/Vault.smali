.class public Llazy/Vault;
.super Ljava/lang/Object;

# A packer's lazily restored method: payload()'s body on disk is a decoy (its key constant is
# 0x2a2a, so it returns at once); open() has native code restore the real body (the constant
# becomes 0x5a5a, as the JNI fixture's patch() rewrites a const/16 in the mapped DEX) before
# the first call. Only a run that calls open() sees the restored body and its leak.

.method public static open(Landroid/content/Context;)V
    .registers 3
    const v0, 0x2a2a
    const v1, 0x5a5a
    invoke-static {v0, v1}, Lfix/Native;->patch(II)I
    invoke-static {p0}, Llazy/Vault;->payload(Landroid/content/Context;)V
    return-void
.end method

.method public static payload(Landroid/content/Context;)V
    .registers 4
    const/16 v0, 0x2a2a
    const v1, 0x5a5a
    if-ne v0, v1, :decoy
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    const-string v1, "vault"
    invoke-static {v1, v0}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    :decoy
    return-void
.end method
