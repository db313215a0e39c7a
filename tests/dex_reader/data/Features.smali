.class public final Lcom/example/Features;
.super Ljava/lang/Object;
.implements Ljava/lang/Runnable;
.source "Features.java"

.annotation runtime Lcom/example/Tag;
    value = "class"
    level = 0x3
    nested = .subannotation Lcom/example/Inner;
        names = {
            "a",
            "b"
        }
    .end subannotation
.end annotation

.field public static final NAME:Ljava/lang/String; = "features"
.field public static final PI:D = 3.141592653589793
.field public static COUNT:I = -0x2a

.field private value:J
    .annotation build Lcom/example/Tag;
        value = "field"
    .end annotation
.end field

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public static bsm(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)Ljava/lang/invoke/CallSite;
    .registers 4
    const/4 v0, 0x0
    return-object v0
.end method

.method public static pick(ILjava/lang/String;)I
    .registers 4
    .param p0, "which"
        .annotation runtime Lcom/example/Tag;
            value = "param"
        .end annotation
    .end param
    .param p1, "label"
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/io/IOException;
        }
    .end annotation
    .line 10
    .local v0, "x":I
    :try_start
    packed-switch p0, :switch
    const/4 v0, 0x0
    .line 11
    :try_end
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :handler
    .catchall {:try_start .. :try_end} :handler
    return v0
    :case_one
    .line 12
    const/4 v0, 0x1
    return v0
    :handler
    .end local v0
    const/4 v0, -0x1
    return v0
    :switch
    .packed-switch 0x1
        :case_one
    .end packed-switch
.end method

.method public run()V
    .registers 2
    invoke-custom {}, call_site_0("run", ()V, "extra")@Lcom/example/Features;->bsm(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)Ljava/lang/invoke/CallSite;
    const-method-handle v0, static-get@Lcom/example/Features;->NAME:Ljava/lang/String;
    const-method-type v1, (I)V
    return-void
.end method
