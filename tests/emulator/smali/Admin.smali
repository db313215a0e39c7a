.class public Lt/Admin;
.super Ljava/lang/Object;

# DevicePolicyManager asked by an app the user never made a device administrator.

# isAdminActive(...) as 1/0, then 10 when lockNow() threw SecurityException
.method public static probe(Landroid/app/admin/DevicePolicyManager;)I
    .registers 4
    const/4 v0, 0x0
    invoke-virtual {p0, v0}, Landroid/app/admin/DevicePolicyManager;->isAdminActive(Landroid/content/ComponentName;)Z
    move-result v1
    :try_start
    invoke-virtual {p0}, Landroid/app/admin/DevicePolicyManager;->lockNow()V
    :try_end
    .catch Ljava/lang/SecurityException; {:try_start .. :try_end} :denied
    return v1
    :denied
    add-int/lit8 v1, v1, 0xa
    return v1
.end method

# hasGrantedPolicy(null, USES_POLICY_FORCE_LOCK): 1 when it threw SecurityException
.method public static grantedThrows(Landroid/app/admin/DevicePolicyManager;)I
    .registers 4
    const/4 v0, 0x0
    const/4 v1, 0x3
    :try_start
    invoke-virtual {p0, v0, v1}, Landroid/app/admin/DevicePolicyManager;->hasGrantedPolicy(Landroid/content/ComponentName;I)Z
    :try_end
    .catch Ljava/lang/SecurityException; {:try_start .. :try_end} :denied
    const/4 v2, 0x0
    return v2
    :denied
    const/4 v2, 0x1
    return v2
.end method
