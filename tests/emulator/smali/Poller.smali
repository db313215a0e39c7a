.class public Lt/Poller;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;

# A background thread that polls forever (as C&C clients do).

.field public static rounds:I

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public run()V
    .registers 3
    :loop
    sget v0, Lt/Poller;->rounds:I
    add-int/lit8 v0, v0, 0x1
    sput v0, Lt/Poller;->rounds:I
    const-wide/16 v0, 0x3e8
    invoke-static {v0, v1}, Ljava/lang/Thread;->sleep(J)V
    goto :loop
.end method

# Starts a Poller thread, sleeps (the other threads run meanwhile) and returns 1.
.method public static startAndGoOn()I
    .registers 3
    new-instance v0, Ljava/lang/Thread;
    new-instance v1, Lt/Poller;
    invoke-direct {v1}, Lt/Poller;-><init>()V
    invoke-direct {v0, v1}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v0}, Ljava/lang/Thread;->start()V
    const-wide/16 v1, 0x64
    invoke-static {v1, v2}, Ljava/lang/Thread;->sleep(J)V
    const/4 v0, 0x1
    return v0
.end method
